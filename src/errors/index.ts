export { ERROR_CODES, isErrorCode, type ErrorCode } from './codes.js';
export { CheckpointError, fail, isCheckpointError, type ErrorDetail } from './checkpoint-error.js';
