export { ERROR_CODES, WARNING_CODES, isErrorCode, type ErrorCode, type WarningCode } from './codes.js';
export { CheckpointError, fail, isCheckpointError, type ErrorDetail } from './checkpoint-error.js';
