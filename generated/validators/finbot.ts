/* GENERATED FILE, DO NOT EDIT. Source: schemas/finbot-execution-1.0.0.schema.json (sha256 5a44152d534b44e388569ed30a266e12275c08432230639900dbc97494e39054).
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */
// @ts-nocheck
import type { ValidateFunction } from '../validate-function.js';
import type { FinbotExecutionCheckpoint } from '../types/finbot.js';
import __rt0 from "../../src/format/patterns.js";
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://state-checkpoint.dev/schemas/finbot-execution-1.0.0.schema.json","title":"finbot ExecutionCheckpoint 1.0.0","description":"FROZEN. A source format (not a version of this format): what finbot's serialize_checkpoint() writes (jerdaw/finbot finbot/services/execution/checkpoint_serialization.py at 7bfb73b3, risk_config_data from checkpoint_manager.py at 0084425e). Closed wherever finbot's dicts are closed. Member order, layout and the consistency rules are not expressible here: see spec/SPEC.md, 'finbot ExecutionCheckpoint 1.0.0'.","type":"object","required":["version","simulator_id","checkpoint_timestamp","cash","initial_cash","positions","pending_orders","completed_orders","peak_value","daily_start_value","trading_enabled","slippage_bps","commission_per_share","latency_config_name","risk_config_data"],"additionalProperties":false,"properties":{"version":{"const":"1.0.0"},"simulator_id":{"type":"string"},"checkpoint_timestamp":{"$ref":"#/$defs/PyDatetime"},"cash":{"$ref":"#/$defs/PyDecimal"},"initial_cash":{"$ref":"#/$defs/PyDecimal"},"positions":{"type":"object","additionalProperties":{"$ref":"#/$defs/PyDecimal"}},"pending_orders":{"type":"array","items":{"$ref":"#/$defs/Order"}},"completed_orders":{"type":"array","items":{"$ref":"#/$defs/Order"}},"peak_value":{"$ref":"#/$defs/PyDecimalOrNull"},"daily_start_value":{"$ref":"#/$defs/PyDecimalOrNull"},"trading_enabled":{"type":"boolean"},"slippage_bps":{"$ref":"#/$defs/PyDecimal"},"commission_per_share":{"$ref":"#/$defs/PyDecimal"},"latency_config_name":{"enum":["INSTANT","FAST","NORMAL","SLOW"]},"risk_config_data":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/RiskConfig"}]}},"$defs":{"PyDecimal":{"description":"str() of a finite decimal.Decimal: plain notation when the exponent is <= 0 and the adjusted exponent is >= -6, else scientific with an upper-case E and a signed exponent. Trailing zeros and negative zero are kept ('1.50', '-0', '0E-8', '1E+2').","type":"string","pattern":"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},"PyDecimalOrNull":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/PyDecimal"}]},"PyDatetime":{"description":"datetime.isoformat() of a datetime (not a pandas Timestamp): YYYY-MM-DDTHH:MM:SS, then .ffffff only when the microseconds are not 0, then the UTC offset only for an aware datetime (+HH:MM, then :SS when the offset has seconds or microseconds, then .ffffff when it has microseconds).","type":"string","pattern":"^([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?([+-]([01][0-9]|2[0-3]):[0-5][0-9](:(0[1-9]|[1-5][0-9])|:[0-5][0-9]\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?)?$"},"PyDatetimeOrNull":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/PyDatetime"}]},"Order":{"type":"object","required":["order_id","symbol","side","order_type","quantity","created_at","status","limit_price","submitted_at","filled_quantity","avg_fill_price","total_commission","executions","rejected_at","rejection_reason","rejection_message","cancelled_at"],"additionalProperties":false,"properties":{"order_id":{"type":"string"},"symbol":{"type":"string"},"side":{"enum":["buy","sell"]},"order_type":{"enum":["market","limit","stop"]},"quantity":{"$ref":"#/$defs/PyDecimal","description":"Any sign: orders refused by the validator keep the quantity they were given (0, -5)."},"created_at":{"$ref":"#/$defs/PyDatetime"},"status":{"enum":["new","submitted","partially_filled","filled","rejected","cancelled"]},"limit_price":{"$ref":"#/$defs/PyDecimalOrNull"},"submitted_at":{"$ref":"#/$defs/PyDatetimeOrNull"},"filled_quantity":{"$ref":"#/$defs/PyDecimal"},"avg_fill_price":{"$ref":"#/$defs/PyDecimal"},"total_commission":{"$ref":"#/$defs/PyDecimal"},"executions":{"type":"array","items":{"$ref":"#/$defs/Execution"}},"rejected_at":{"$ref":"#/$defs/PyDatetimeOrNull"},"rejection_reason":{"anyOf":[{"type":"null"},{"enum":["insufficient_funds","invalid_quantity","invalid_symbol","market_closed","duplicate_order","risk_limit_exceeded","risk_position_limit","risk_exposure_limit","risk_drawdown_limit","risk_trading_disabled","unknown"]}]},"rejection_message":{"type":["string","null"]},"cancelled_at":{"$ref":"#/$defs/PyDatetimeOrNull"}}},"Execution":{"type":"object","required":["execution_id","order_id","timestamp","quantity","price","commission","is_partial"],"additionalProperties":false,"properties":{"execution_id":{"type":"string"},"order_id":{"type":"string"},"timestamp":{"$ref":"#/$defs/PyDatetime"},"quantity":{"$ref":"#/$defs/PyDecimal"},"price":{"$ref":"#/$defs/PyDecimal"},"commission":{"$ref":"#/$defs/PyDecimal"},"is_partial":{"type":"boolean"}}},"RiskConfig":{"description":"CheckpointManager._serialize_risk_config(): trading_enabled always; each limit present only when configured, never null.","type":"object","required":["trading_enabled"],"additionalProperties":false,"properties":{"trading_enabled":{"type":"boolean"},"position_limit":{"type":"object","required":["max_shares","max_value"],"additionalProperties":false,"properties":{"max_shares":{"$ref":"#/$defs/PyDecimalOrNull"},"max_value":{"$ref":"#/$defs/PyDecimalOrNull"}}},"exposure_limit":{"type":"object","required":["max_gross_exposure_pct","max_net_exposure_pct"],"additionalProperties":false,"properties":{"max_gross_exposure_pct":{"$ref":"#/$defs/PyDecimal"},"max_net_exposure_pct":{"$ref":"#/$defs/PyDecimal"}}},"drawdown_limit":{"type":"object","required":["max_daily_drawdown_pct","max_total_drawdown_pct"],"additionalProperties":false,"properties":{"max_daily_drawdown_pct":{"$ref":"#/$defs/PyDecimalOrNull"},"max_total_drawdown_pct":{"$ref":"#/$defs/PyDecimalOrNull"}}}}}}};
const schema32 = {"description":"datetime.isoformat() of a datetime (not a pandas Timestamp): YYYY-MM-DDTHH:MM:SS, then .ffffff only when the microseconds are not 0, then the UTC offset only for an aware datetime (+HH:MM, then :SS when the offset has seconds or microseconds, then .ffffff when it has microseconds).","type":"string","pattern":"^([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?([+-]([01][0-9]|2[0-3]):[0-5][0-9](:(0[1-9]|[1-5][0-9])|:[0-5][0-9]\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?)?$"};
const schema33 = {"description":"str() of a finite decimal.Decimal: plain notation when the exponent is <= 0 and the adjusted exponent is >= -6, else scientific with an upper-case E and a signed exponent. Trailing zeros and negative zero are kept ('1.50', '-0', '0E-8', '1E+2').","type":"string","pattern":"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"};
const func5 = Object.prototype.hasOwnProperty;
const func0 = (__rt0.default ? __rt0 : { default: __rt0 }).default;
const pattern4 = func0("^([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?([+-]([01][0-9]|2[0-3]):[0-5][0-9](:(0[1-9]|[1-5][0-9])|:[0-5][0-9]\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?)?$", "u");
const pattern5 = func0("^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$", "u");
const schema36 = {"type":"object","required":["order_id","symbol","side","order_type","quantity","created_at","status","limit_price","submitted_at","filled_quantity","avg_fill_price","total_commission","executions","rejected_at","rejection_reason","rejection_message","cancelled_at"],"additionalProperties":false,"properties":{"order_id":{"type":"string"},"symbol":{"type":"string"},"side":{"enum":["buy","sell"]},"order_type":{"enum":["market","limit","stop"]},"quantity":{"$ref":"#/$defs/PyDecimal","description":"Any sign: orders refused by the validator keep the quantity they were given (0, -5)."},"created_at":{"$ref":"#/$defs/PyDatetime"},"status":{"enum":["new","submitted","partially_filled","filled","rejected","cancelled"]},"limit_price":{"$ref":"#/$defs/PyDecimalOrNull"},"submitted_at":{"$ref":"#/$defs/PyDatetimeOrNull"},"filled_quantity":{"$ref":"#/$defs/PyDecimal"},"avg_fill_price":{"$ref":"#/$defs/PyDecimal"},"total_commission":{"$ref":"#/$defs/PyDecimal"},"executions":{"type":"array","items":{"$ref":"#/$defs/Execution"}},"rejected_at":{"$ref":"#/$defs/PyDatetimeOrNull"},"rejection_reason":{"anyOf":[{"type":"null"},{"enum":["insufficient_funds","invalid_quantity","invalid_symbol","market_closed","duplicate_order","risk_limit_exceeded","risk_position_limit","risk_exposure_limit","risk_drawdown_limit","risk_trading_disabled","unknown"]}]},"rejection_message":{"type":["string","null"]},"cancelled_at":{"$ref":"#/$defs/PyDatetimeOrNull"}}};
const schema39 = {"anyOf":[{"type":"null"},{"$ref":"#/$defs/PyDecimal"}]};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern5.test(data)){
const err1 = {instancePath,schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema41 = {"anyOf":[{"type":"null"},{"$ref":"#/$defs/PyDatetime"}]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern4.test(data)){
const err1 = {instancePath,schemaPath:"#/$defs/PyDatetime/pattern",keyword:"pattern",params:{pattern: "^([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?([+-]([01][0-9]|2[0-3]):[0-5][0-9](:(0[1-9]|[1-5][0-9])|:[0-5][0-9]\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?)?$"},message:"must match pattern \""+"^([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?([+-]([01][0-9]|2[0-3]):[0-5][0-9](:(0[1-9]|[1-5][0-9])|:[0-5][0-9]\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?)?$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/PyDatetime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","required":["execution_id","order_id","timestamp","quantity","price","commission","is_partial"],"additionalProperties":false,"properties":{"execution_id":{"type":"string"},"order_id":{"type":"string"},"timestamp":{"$ref":"#/$defs/PyDatetime"},"quantity":{"$ref":"#/$defs/PyDecimal"},"price":{"$ref":"#/$defs/PyDecimal"},"commission":{"$ref":"#/$defs/PyDecimal"},"is_partial":{"type":"boolean"}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.execution_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution_id"},message:"must have required property '"+"execution_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.order_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order_id"},message:"must have required property '"+"order_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.quantity === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.price === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "price"},message:"must have required property '"+"price"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.commission === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commission"},message:"must have required property '"+"commission"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.is_partial === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "is_partial"},message:"must have required property '"+"is_partial"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "execution_id") || (key0 === "order_id")) || (key0 === "timestamp")) || (key0 === "quantity")) || (key0 === "price")) || (key0 === "commission")) || (key0 === "is_partial"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.execution_id !== undefined){
if(typeof data.execution_id !== "string"){
const err8 = {instancePath:instancePath+"/execution_id",schemaPath:"#/properties/execution_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.order_id !== undefined){
if(typeof data.order_id !== "string"){
const err9 = {instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/PyDatetime/pattern",keyword:"pattern",params:{pattern: "^([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?([+-]([01][0-9]|2[0-3]):[0-5][0-9](:(0[1-9]|[1-5][0-9])|:[0-5][0-9]\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?)?$"},message:"must match pattern \""+"^([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?([+-]([01][0-9]|2[0-3]):[0-5][0-9](:(0[1-9]|[1-5][0-9])|:[0-5][0-9]\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?)?$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/PyDatetime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.quantity !== undefined){
let data3 = data.quantity;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err12 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.price !== undefined){
let data4 = data.price;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err14 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.commission !== undefined){
let data5 = data.commission;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err16 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.is_partial !== undefined){
if(typeof data.is_partial !== "boolean"){
const err18 = {instancePath:instancePath+"/is_partial",schemaPath:"#/properties/is_partial/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.order_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order_id"},message:"must have required property '"+"order_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.symbol === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.side === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.order_type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order_type"},message:"must have required property '"+"order_type"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.quantity === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.created_at === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.status === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.limit_price === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limit_price"},message:"must have required property '"+"limit_price"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.submitted_at === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "submitted_at"},message:"must have required property '"+"submitted_at"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.filled_quantity === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "filled_quantity"},message:"must have required property '"+"filled_quantity"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.avg_fill_price === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "avg_fill_price"},message:"must have required property '"+"avg_fill_price"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.total_commission === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_commission"},message:"must have required property '"+"total_commission"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.executions === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "executions"},message:"must have required property '"+"executions"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.rejected_at === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rejected_at"},message:"must have required property '"+"rejected_at"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.rejection_reason === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rejection_reason"},message:"must have required property '"+"rejection_reason"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.rejection_message === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rejection_message"},message:"must have required property '"+"rejection_message"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.cancelled_at === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cancelled_at"},message:"must have required property '"+"cancelled_at"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema36.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.order_id !== undefined){
if(typeof data.order_id !== "string"){
const err18 = {instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.symbol !== undefined){
if(typeof data.symbol !== "string"){
const err19 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.side !== undefined){
let data2 = data.side;
if(!((data2 === "buy") || (data2 === "sell"))){
const err20 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/enum",keyword:"enum",params:{allowedValues: schema36.properties.side.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.order_type !== undefined){
let data3 = data.order_type;
if(!(((data3 === "market") || (data3 === "limit")) || (data3 === "stop"))){
const err21 = {instancePath:instancePath+"/order_type",schemaPath:"#/properties/order_type/enum",keyword:"enum",params:{allowedValues: schema36.properties.order_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.quantity !== undefined){
let data4 = data.quantity;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err22 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.created_at !== undefined){
let data5 = data.created_at;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err24 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/PyDatetime/pattern",keyword:"pattern",params:{pattern: "^([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?([+-]([01][0-9]|2[0-3]):[0-5][0-9](:(0[1-9]|[1-5][0-9])|:[0-5][0-9]\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?)?$"},message:"must match pattern \""+"^([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?([+-]([01][0-9]|2[0-3]):[0-5][0-9](:(0[1-9]|[1-5][0-9])|:[0-5][0-9]\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?)?$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/PyDatetime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.status !== undefined){
let data6 = data.status;
if(!((((((data6 === "new") || (data6 === "submitted")) || (data6 === "partially_filled")) || (data6 === "filled")) || (data6 === "rejected")) || (data6 === "cancelled"))){
const err26 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema36.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.limit_price !== undefined){
if(!(validate22(data.limit_price, {instancePath:instancePath+"/limit_price",parentData:data,parentDataProperty:"limit_price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.submitted_at !== undefined){
if(!(validate24(data.submitted_at, {instancePath:instancePath+"/submitted_at",parentData:data,parentDataProperty:"submitted_at",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.filled_quantity !== undefined){
let data9 = data.filled_quantity;
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err27 = {instancePath:instancePath+"/filled_quantity",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/filled_quantity",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.avg_fill_price !== undefined){
let data10 = data.avg_fill_price;
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
const err29 = {instancePath:instancePath+"/avg_fill_price",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/avg_fill_price",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.total_commission !== undefined){
let data11 = data.total_commission;
if(typeof data11 === "string"){
if(!pattern5.test(data11)){
const err31 = {instancePath:instancePath+"/total_commission",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/total_commission",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.executions !== undefined){
let data12 = data.executions;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data12[i0], {instancePath:instancePath+"/executions/" + i0,parentData:data12,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/executions",schemaPath:"#/properties/executions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.rejected_at !== undefined){
if(!(validate24(data.rejected_at, {instancePath:instancePath+"/rejected_at",parentData:data,parentDataProperty:"rejected_at",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.rejection_reason !== undefined){
let data15 = data.rejection_reason;
const _errs31 = errors;
let valid8 = false;
const _errs32 = errors;
if(data15 !== null){
const err34 = {instancePath:instancePath+"/rejection_reason",schemaPath:"#/properties/rejection_reason/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs32 === errors;
valid8 = valid8 || _valid0;
const _errs34 = errors;
if(!(((((((((((data15 === "insufficient_funds") || (data15 === "invalid_quantity")) || (data15 === "invalid_symbol")) || (data15 === "market_closed")) || (data15 === "duplicate_order")) || (data15 === "risk_limit_exceeded")) || (data15 === "risk_position_limit")) || (data15 === "risk_exposure_limit")) || (data15 === "risk_drawdown_limit")) || (data15 === "risk_trading_disabled")) || (data15 === "unknown"))){
const err35 = {instancePath:instancePath+"/rejection_reason",schemaPath:"#/properties/rejection_reason/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema36.properties.rejection_reason.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs34 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const err36 = {instancePath:instancePath+"/rejection_reason",schemaPath:"#/properties/rejection_reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
if(data.rejection_message !== undefined){
let data16 = data.rejection_message;
if((typeof data16 !== "string") && (data16 !== null)){
const err37 = {instancePath:instancePath+"/rejection_message",schemaPath:"#/properties/rejection_message/type",keyword:"type",params:{type: schema36.properties.rejection_message.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.cancelled_at !== undefined){
if(!(validate24(data.cancelled_at, {instancePath:instancePath+"/cancelled_at",parentData:data,parentDataProperty:"cancelled_at",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"description":"CheckpointManager._serialize_risk_config(): trading_enabled always; each limit present only when configured, never null.","type":"object","required":["trading_enabled"],"additionalProperties":false,"properties":{"trading_enabled":{"type":"boolean"},"position_limit":{"type":"object","required":["max_shares","max_value"],"additionalProperties":false,"properties":{"max_shares":{"$ref":"#/$defs/PyDecimalOrNull"},"max_value":{"$ref":"#/$defs/PyDecimalOrNull"}}},"exposure_limit":{"type":"object","required":["max_gross_exposure_pct","max_net_exposure_pct"],"additionalProperties":false,"properties":{"max_gross_exposure_pct":{"$ref":"#/$defs/PyDecimal"},"max_net_exposure_pct":{"$ref":"#/$defs/PyDecimal"}}},"drawdown_limit":{"type":"object","required":["max_daily_drawdown_pct","max_total_drawdown_pct"],"additionalProperties":false,"properties":{"max_daily_drawdown_pct":{"$ref":"#/$defs/PyDecimalOrNull"},"max_total_drawdown_pct":{"$ref":"#/$defs/PyDecimalOrNull"}}}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.trading_enabled === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trading_enabled"},message:"must have required property '"+"trading_enabled"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "trading_enabled") || (key0 === "position_limit")) || (key0 === "exposure_limit")) || (key0 === "drawdown_limit"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.trading_enabled !== undefined){
if(typeof data.trading_enabled !== "boolean"){
const err2 = {instancePath:instancePath+"/trading_enabled",schemaPath:"#/properties/trading_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.position_limit !== undefined){
let data1 = data.position_limit;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.max_shares === undefined){
const err3 = {instancePath:instancePath+"/position_limit",schemaPath:"#/properties/position_limit/required",keyword:"required",params:{missingProperty: "max_shares"},message:"must have required property '"+"max_shares"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.max_value === undefined){
const err4 = {instancePath:instancePath+"/position_limit",schemaPath:"#/properties/position_limit/required",keyword:"required",params:{missingProperty: "max_value"},message:"must have required property '"+"max_value"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "max_shares") || (key1 === "max_value"))){
const err5 = {instancePath:instancePath+"/position_limit",schemaPath:"#/properties/position_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.max_shares !== undefined){
if(!(validate22(data1.max_shares, {instancePath:instancePath+"/position_limit/max_shares",parentData:data1,parentDataProperty:"max_shares",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data1.max_value !== undefined){
if(!(validate22(data1.max_value, {instancePath:instancePath+"/position_limit/max_value",parentData:data1,parentDataProperty:"max_value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/position_limit",schemaPath:"#/properties/position_limit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.exposure_limit !== undefined){
let data4 = data.exposure_limit;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.max_gross_exposure_pct === undefined){
const err7 = {instancePath:instancePath+"/exposure_limit",schemaPath:"#/properties/exposure_limit/required",keyword:"required",params:{missingProperty: "max_gross_exposure_pct"},message:"must have required property '"+"max_gross_exposure_pct"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.max_net_exposure_pct === undefined){
const err8 = {instancePath:instancePath+"/exposure_limit",schemaPath:"#/properties/exposure_limit/required",keyword:"required",params:{missingProperty: "max_net_exposure_pct"},message:"must have required property '"+"max_net_exposure_pct"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "max_gross_exposure_pct") || (key2 === "max_net_exposure_pct"))){
const err9 = {instancePath:instancePath+"/exposure_limit",schemaPath:"#/properties/exposure_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.max_gross_exposure_pct !== undefined){
let data5 = data4.max_gross_exposure_pct;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err10 = {instancePath:instancePath+"/exposure_limit/max_gross_exposure_pct",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/exposure_limit/max_gross_exposure_pct",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.max_net_exposure_pct !== undefined){
let data6 = data4.max_net_exposure_pct;
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err12 = {instancePath:instancePath+"/exposure_limit/max_net_exposure_pct",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/exposure_limit/max_net_exposure_pct",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/exposure_limit",schemaPath:"#/properties/exposure_limit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.drawdown_limit !== undefined){
let data7 = data.drawdown_limit;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.max_daily_drawdown_pct === undefined){
const err15 = {instancePath:instancePath+"/drawdown_limit",schemaPath:"#/properties/drawdown_limit/required",keyword:"required",params:{missingProperty: "max_daily_drawdown_pct"},message:"must have required property '"+"max_daily_drawdown_pct"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data7.max_total_drawdown_pct === undefined){
const err16 = {instancePath:instancePath+"/drawdown_limit",schemaPath:"#/properties/drawdown_limit/required",keyword:"required",params:{missingProperty: "max_total_drawdown_pct"},message:"must have required property '"+"max_total_drawdown_pct"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data7){
if(!((key3 === "max_daily_drawdown_pct") || (key3 === "max_total_drawdown_pct"))){
const err17 = {instancePath:instancePath+"/drawdown_limit",schemaPath:"#/properties/drawdown_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.max_daily_drawdown_pct !== undefined){
if(!(validate22(data7.max_daily_drawdown_pct, {instancePath:instancePath+"/drawdown_limit/max_daily_drawdown_pct",parentData:data7,parentDataProperty:"max_daily_drawdown_pct",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data7.max_total_drawdown_pct !== undefined){
if(!(validate22(data7.max_total_drawdown_pct, {instancePath:instancePath+"/drawdown_limit/max_total_drawdown_pct",parentData:data7,parentDataProperty:"max_total_drawdown_pct",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/drawdown_limit",schemaPath:"#/properties/drawdown_limit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://state-checkpoint.dev/schemas/finbot-execution-1.0.0.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.simulator_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "simulator_id"},message:"must have required property '"+"simulator_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.checkpoint_timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checkpoint_timestamp"},message:"must have required property '"+"checkpoint_timestamp"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.cash === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cash"},message:"must have required property '"+"cash"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.initial_cash === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "initial_cash"},message:"must have required property '"+"initial_cash"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.positions === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "positions"},message:"must have required property '"+"positions"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.pending_orders === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pending_orders"},message:"must have required property '"+"pending_orders"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.completed_orders === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completed_orders"},message:"must have required property '"+"completed_orders"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.peak_value === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "peak_value"},message:"must have required property '"+"peak_value"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.daily_start_value === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "daily_start_value"},message:"must have required property '"+"daily_start_value"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.trading_enabled === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trading_enabled"},message:"must have required property '"+"trading_enabled"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.slippage_bps === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "slippage_bps"},message:"must have required property '"+"slippage_bps"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.commission_per_share === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commission_per_share"},message:"must have required property '"+"commission_per_share"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.latency_config_name === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "latency_config_name"},message:"must have required property '"+"latency_config_name"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.risk_config_data === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "risk_config_data"},message:"must have required property '"+"risk_config_data"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema31.properties, key0))){
const err15 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.version !== undefined){
if("1.0.0" !== data.version){
const err16 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: "1.0.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.simulator_id !== undefined){
if(typeof data.simulator_id !== "string"){
const err17 = {instancePath:instancePath+"/simulator_id",schemaPath:"#/properties/simulator_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.checkpoint_timestamp !== undefined){
let data2 = data.checkpoint_timestamp;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err18 = {instancePath:instancePath+"/checkpoint_timestamp",schemaPath:"#/$defs/PyDatetime/pattern",keyword:"pattern",params:{pattern: "^([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?([+-]([01][0-9]|2[0-3]):[0-5][0-9](:(0[1-9]|[1-5][0-9])|:[0-5][0-9]\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?)?$"},message:"must match pattern \""+"^([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?([+-]([01][0-9]|2[0-3]):[0-5][0-9](:(0[1-9]|[1-5][0-9])|:[0-5][0-9]\\.([1-9][0-9]{5}|0[1-9][0-9]{4}|00[1-9][0-9]{3}|000[1-9][0-9]{2}|0000[1-9][0-9]|00000[1-9]))?)?$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/checkpoint_timestamp",schemaPath:"#/$defs/PyDatetime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.cash !== undefined){
let data3 = data.cash;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err20 = {instancePath:instancePath+"/cash",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/cash",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.initial_cash !== undefined){
let data4 = data.initial_cash;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err22 = {instancePath:instancePath+"/initial_cash",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/initial_cash",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.positions !== undefined){
let data5 = data.positions;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
let data6 = data5[key1];
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err24 = {instancePath:instancePath+"/positions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/positions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/positions",schemaPath:"#/properties/positions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.pending_orders !== undefined){
let data7 = data.pending_orders;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data7[i0], {instancePath:instancePath+"/pending_orders/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/pending_orders",schemaPath:"#/properties/pending_orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.completed_orders !== undefined){
let data9 = data.completed_orders;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate21(data9[i1], {instancePath:instancePath+"/completed_orders/" + i1,parentData:data9,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/completed_orders",schemaPath:"#/properties/completed_orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.peak_value !== undefined){
if(!(validate22(data.peak_value, {instancePath:instancePath+"/peak_value",parentData:data,parentDataProperty:"peak_value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.daily_start_value !== undefined){
if(!(validate22(data.daily_start_value, {instancePath:instancePath+"/daily_start_value",parentData:data,parentDataProperty:"daily_start_value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.trading_enabled !== undefined){
if(typeof data.trading_enabled !== "boolean"){
const err29 = {instancePath:instancePath+"/trading_enabled",schemaPath:"#/properties/trading_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.slippage_bps !== undefined){
let data14 = data.slippage_bps;
if(typeof data14 === "string"){
if(!pattern5.test(data14)){
const err30 = {instancePath:instancePath+"/slippage_bps",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/slippage_bps",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.commission_per_share !== undefined){
let data15 = data.commission_per_share;
if(typeof data15 === "string"){
if(!pattern5.test(data15)){
const err32 = {instancePath:instancePath+"/commission_per_share",schemaPath:"#/$defs/PyDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}|(0|[1-9](\\.[0-9]+)?)E(\\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/commission_per_share",schemaPath:"#/$defs/PyDecimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.latency_config_name !== undefined){
let data16 = data.latency_config_name;
if(!((((data16 === "INSTANT") || (data16 === "FAST")) || (data16 === "NORMAL")) || (data16 === "SLOW"))){
const err34 = {instancePath:instancePath+"/latency_config_name",schemaPath:"#/properties/latency_config_name/enum",keyword:"enum",params:{allowedValues: schema31.properties.latency_config_name.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.risk_config_data !== undefined){
let data17 = data.risk_config_data;
const _errs38 = errors;
let valid12 = false;
const _errs39 = errors;
if(data17 !== null){
const err35 = {instancePath:instancePath+"/risk_config_data",schemaPath:"#/properties/risk_config_data/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs39 === errors;
valid12 = valid12 || _valid0;
const _errs41 = errors;
if(!(validate34(data17, {instancePath:instancePath+"/risk_config_data",parentData:data,parentDataProperty:"risk_config_data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var _valid0 = _errs41 === errors;
valid12 = valid12 || _valid0;
if(!valid12){
const err36 = {instancePath:instancePath+"/risk_config_data",schemaPath:"#/properties/risk_config_data/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validate = validate20 as unknown as ValidateFunction<FinbotExecutionCheckpoint>;
