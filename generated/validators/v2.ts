/* GENERATED FILE, DO NOT EDIT. Source: schemas/v2.schema.json (sha256 50f810ac1a5b8d149a5bfe7d75d56c086c18c026d0cfa5d8670b13e49c90b337).
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */
// @ts-nocheck
import type { ValidateFunction } from '../validate-function.js';
import type { CheckpointV2 } from '../types/v2.js';
import __rt0 from "../../src/format/patterns.js";
import __rt1 from "ajv/dist/runtime/ucs2length.js";
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://state-checkpoint.dev/schemas/v2.schema.json","title":"State checkpoint, format version 2.0","description":"Typed and exact: money, prices and quantities are canonical decimal strings; typed orders and fills; RFC 3339 UTC timestamps; a sequence number. Frozen: never edit this file.","type":"object","required":["checkpoint_id","version","created_at","strategy_name","timestamp","sequence","portfolio_state","order_state","strategy_state","metadata"],"additionalProperties":false,"properties":{"checkpoint_id":{"$ref":"#/$defs/checkpoint_id"},"version":{"const":"2.0"},"created_at":{"$ref":"#/$defs/timestamp","description":"Wall-clock creation time. Not hashed."},"strategy_name":{"type":"string","minLength":1,"maxLength":256},"timestamp":{"$ref":"#/$defs/timestamp","description":"The point in backtest or live time that the state describes."},"sequence":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Number of this checkpoint in its run."},"portfolio_state":{"type":"object","required":["cash","positions"],"additionalProperties":false,"properties":{"cash":{"$ref":"#/$defs/money_map","description":"Cash balance per currency (may be negative on margin)."},"positions":{"type":"object","propertyNames":{"$ref":"#/$defs/symbol"},"additionalProperties":{"$ref":"#/$defs/position"}},"equity":{"$ref":"#/$defs/money_map","description":"Total equity per currency as the engine computed it."}}},"order_state":{"type":"object","required":["orders","fills"],"additionalProperties":false,"properties":{"orders":{"type":"array","items":{"$ref":"#/$defs/order"},"description":"Orders in placement order, any status."},"fills":{"type":"array","items":{"$ref":"#/$defs/fill"},"description":"Fills in execution order; may be a recent window."}}},"metadata":{"type":"object","description":"Free-form, hashed. Keep volatile data (host names, wall-clock times) out of it."},"legacy":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/legacy_layer"}},"provenance":{"$ref":"#/$defs/provenance"},"strategy_state":{"type":["object","null"],"description":"Free-form strategy state, or null."}},"$defs":{"checkpoint_id":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Lowercase hex SHA-256 of the RFC 8785 canonical bytes of the hashed part: the document without checkpoint_id, created_at and provenance."},"timestamp":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$","maxLength":30,"description":"RFC 3339 date-time in UTC with a literal 'Z', seconds always present, an optional fraction of 1-9 digits that does not end in 0. One spelling per instant."},"decimal":{"type":"string","pattern":"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters)."},"nonneg_decimal":{"type":"string","pattern":"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical decimal that is zero or positive."},"pos_decimal":{"type":"string","pattern":"^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical decimal that is strictly positive."},"currency":{"type":"string","pattern":"^[A-Z][A-Z0-9]{2,9}$","description":"Currency or asset code: ISO 4217 where one exists (USD, EUR); 'XXX' means no currency recorded (migrated from 1.0)."},"symbol":{"type":"string","minLength":1,"maxLength":64,"description":"Instrument identifier as the engine knows it."},"ref":{"type":"string","minLength":1,"maxLength":128,"description":"An order or fill identifier, unique within its list."},"side":{"enum":["buy","sell"]},"order":{"type":"object","required":["order_id","symbol","side","type","quantity","time_in_force","status","filled_quantity","commission","currency","placed_at"],"additionalProperties":false,"properties":{"order_id":{"$ref":"#/$defs/ref"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"type":{"enum":["market","limit","stop","stop_limit","trailing_stop"]},"quantity":{"$ref":"#/$defs/pos_decimal","description":"Ordered quantity, always positive; the side gives the direction."},"limit_price":{"$ref":"#/$defs/nonneg_decimal","description":"Present exactly for limit and stop_limit orders."},"stop_price":{"$ref":"#/$defs/nonneg_decimal","description":"Trigger price: required for stop and stop_limit, the current trigger for trailing_stop, absent otherwise."},"trail_amount":{"$ref":"#/$defs/pos_decimal","description":"trailing_stop only: trailing distance in price units."},"trail_percent":{"$ref":"#/$defs/pos_decimal","description":"trailing_stop only: trailing distance in percent."},"time_in_force":{"enum":["day","gtc","ioc","fok","gtd","opg","cls"]},"expire_at":{"$ref":"#/$defs/timestamp","description":"Present exactly when time_in_force is gtd."},"status":{"enum":["new","submitted","partially_filled","filled","cancelled","rejected","expired"]},"filled_quantity":{"$ref":"#/$defs/nonneg_decimal"},"avg_fill_price":{"$ref":"#/$defs/nonneg_decimal","description":"Volume-weighted average fill price; absent while nothing is filled, and may be absent when unknown."},"commission":{"$ref":"#/$defs/nonneg_decimal","description":"Total commission charged so far, in the order's currency."},"currency":{"$ref":"#/$defs/currency"},"placed_at":{"$ref":"#/$defs/timestamp","description":"When the order was created, in backtest or live time."},"parent_id":{"$ref":"#/$defs/ref","description":"Bracket parent: this order is only active once the parent fills."},"oco_group":{"type":"string","minLength":1,"maxLength":128,"description":"Orders sharing an oco_group cancel each other when one fills."}},"allOf":[{"if":{"properties":{"type":{"enum":["limit","stop_limit"]}}},"then":{"required":["limit_price"]},"else":{"not":{"required":["limit_price"]}}},{"if":{"properties":{"type":{"enum":["stop","stop_limit"]}}},"then":{"required":["stop_price"]}},{"if":{"properties":{"type":{"enum":["market","limit"]}}},"then":{"not":{"required":["stop_price"]}}},{"if":{"properties":{"type":{"const":"trailing_stop"}}},"then":{"oneOf":[{"required":["trail_amount"]},{"required":["trail_percent"]}]},"else":{"not":{"anyOf":[{"required":["trail_amount"]},{"required":["trail_percent"]}]}}},{"if":{"properties":{"time_in_force":{"const":"gtd"}}},"then":{"required":["expire_at"]},"else":{"not":{"required":["expire_at"]}}}]},"fill":{"type":"object","required":["fill_id","order_id","symbol","side","quantity","price","commission","currency","timestamp"],"additionalProperties":false,"properties":{"fill_id":{"$ref":"#/$defs/ref"},"order_id":{"$ref":"#/$defs/ref"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"quantity":{"$ref":"#/$defs/pos_decimal"},"price":{"$ref":"#/$defs/nonneg_decimal"},"commission":{"$ref":"#/$defs/nonneg_decimal"},"currency":{"$ref":"#/$defs/currency"},"timestamp":{"$ref":"#/$defs/timestamp"}}},"position":{"type":"object","required":["quantity","avg_price","currency"],"additionalProperties":false,"properties":{"quantity":{"$ref":"#/$defs/decimal","description":"Signed quantity: negative is short."},"avg_price":{"$ref":"#/$defs/nonneg_decimal","description":"Average entry price."},"currency":{"$ref":"#/$defs/currency"},"last_price":{"$ref":"#/$defs/nonneg_decimal","description":"Mark price used for equity, when known."}}},"money_map":{"type":"object","propertyNames":{"$ref":"#/$defs/currency"},"additionalProperties":{"$ref":"#/$defs/decimal"}},"version_string":{"type":"string","pattern":"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"},"legacy_layer":{"type":"object","required":["from","to","patch"],"additionalProperties":false,"description":"Data of an older version with no home in this one, kept so a downgrade restores the original exactly.","properties":{"from":{"$ref":"#/$defs/version_string"},"to":{"$ref":"#/$defs/version_string"},"patch":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/patch_op"},"description":"RFC 6902 operations that turn the plain downgrade of this document into the original older document."}}},"patch_op":{"oneOf":[{"type":"object","required":["op","path","value"],"additionalProperties":false,"properties":{"op":{"enum":["add","replace"]},"path":{"$ref":"#/$defs/json_pointer"},"value":true}},{"type":"object","required":["op","path"],"additionalProperties":false,"properties":{"op":{"const":"remove"},"path":{"$ref":"#/$defs/json_pointer"}}}]},"json_pointer":{"type":"string","pattern":"^(/([^~/]|~[01])*)+$"},"provenance":{"type":"object","required":["source_version","source_id","steps"],"additionalProperties":false,"description":"Where a migrated document came from. Not hashed: identity is the state alone.","properties":{"source_version":{"$ref":"#/$defs/version_string"},"source_id":{"$ref":"#/$defs/checkpoint_id"},"source_created_at":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$","description":"The source's created_at, kept when the upgrade had to rewrite it."},"steps":{"type":"array","minItems":1,"items":{"type":"object","required":["from","to"],"additionalProperties":false,"properties":{"from":{"$ref":"#/$defs/version_string"},"to":{"$ref":"#/$defs/version_string"}}}}}}}};
const schema32 = {"type":"string","pattern":"^[0-9a-f]{64}$","description":"Lowercase hex SHA-256 of the RFC 8785 canonical bytes of the hashed part: the document without checkpoint_id, created_at and provenance."};
const schema33 = {"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$","maxLength":30,"description":"RFC 3339 date-time in UTC with a literal 'Z', seconds always present, an optional fraction of 1-9 digits that does not end in 0. One spelling per instant."};
const schema38 = {"type":"string","minLength":1,"maxLength":64,"description":"Instrument identifier as the engine knows it."};
const func5 = Object.prototype.hasOwnProperty;
const func0 = (__rt0.default ? __rt0 : { default: __rt0 }).default;
const func7 = (__rt1.default ? __rt1 : { default: __rt1 }).default;
const pattern4 = func0("^[0-9a-f]{64}$", "u");
const pattern5 = func0("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$", "u");
const schema35 = {"type":"object","propertyNames":{"$ref":"#/$defs/currency"},"additionalProperties":{"$ref":"#/$defs/decimal"}};
const schema36 = {"type":"string","pattern":"^[A-Z][A-Z0-9]{2,9}$","description":"Currency or asset code: ISO 4217 where one exists (USD, EUR); 'XXX' means no currency recorded (migrated from 1.0)."};
const schema37 = {"type":"string","pattern":"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters)."};
const pattern7 = func0("^[A-Z][A-Z0-9]{2,9}$", "u");
const pattern8 = func0("^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$", "u");

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
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern7.test(key0)){
const err0 = {instancePath,schemaPath:"#/$defs/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]{2,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]{2,9}$"+"\"",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/$defs/currency/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(typeof data0 === "string"){
if((data0.length > 400 && func7(data0) > 400)){
const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern8.test(data0)){
const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema39 = {"type":"object","required":["quantity","avg_price","currency"],"additionalProperties":false,"properties":{"quantity":{"$ref":"#/$defs/decimal","description":"Signed quantity: negative is short."},"avg_price":{"$ref":"#/$defs/nonneg_decimal","description":"Average entry price."},"currency":{"$ref":"#/$defs/currency"},"last_price":{"$ref":"#/$defs/nonneg_decimal","description":"Mark price used for equity, when known."}}};
const schema41 = {"type":"string","pattern":"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical decimal that is zero or positive."};
const pattern10 = func0("^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.quantity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.avg_price === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "avg_price"},message:"must have required property '"+"avg_price"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.currency === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "quantity") || (key0 === "avg_price")) || (key0 === "currency")) || (key0 === "last_price"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.quantity !== undefined){
let data0 = data.quantity;
if(typeof data0 === "string"){
if((data0.length > 400 && func7(data0) > 400)){
const err4 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern8.test(data0)){
const err5 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.avg_price !== undefined){
let data1 = data.avg_price;
if(typeof data1 === "string"){
if((data1.length > 400 && func7(data1) > 400)){
const err7 = {instancePath:instancePath+"/avg_price",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern10.test(data1)){
const err8 = {instancePath:instancePath+"/avg_price",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/avg_price",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.currency !== undefined){
let data2 = data.currency;
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err10 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]{2,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]{2,9}$"+"\""};
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
const err11 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.last_price !== undefined){
let data3 = data.last_price;
if(typeof data3 === "string"){
if((data3.length > 400 && func7(data3) > 400)){
const err12 = {instancePath:instancePath+"/last_price",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern10.test(data3)){
const err13 = {instancePath:instancePath+"/last_price",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/last_price",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","required":["order_id","symbol","side","type","quantity","time_in_force","status","filled_quantity","commission","currency","placed_at"],"additionalProperties":false,"properties":{"order_id":{"$ref":"#/$defs/ref"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"type":{"enum":["market","limit","stop","stop_limit","trailing_stop"]},"quantity":{"$ref":"#/$defs/pos_decimal","description":"Ordered quantity, always positive; the side gives the direction."},"limit_price":{"$ref":"#/$defs/nonneg_decimal","description":"Present exactly for limit and stop_limit orders."},"stop_price":{"$ref":"#/$defs/nonneg_decimal","description":"Trigger price: required for stop and stop_limit, the current trigger for trailing_stop, absent otherwise."},"trail_amount":{"$ref":"#/$defs/pos_decimal","description":"trailing_stop only: trailing distance in price units."},"trail_percent":{"$ref":"#/$defs/pos_decimal","description":"trailing_stop only: trailing distance in percent."},"time_in_force":{"enum":["day","gtc","ioc","fok","gtd","opg","cls"]},"expire_at":{"$ref":"#/$defs/timestamp","description":"Present exactly when time_in_force is gtd."},"status":{"enum":["new","submitted","partially_filled","filled","cancelled","rejected","expired"]},"filled_quantity":{"$ref":"#/$defs/nonneg_decimal"},"avg_fill_price":{"$ref":"#/$defs/nonneg_decimal","description":"Volume-weighted average fill price; absent while nothing is filled, and may be absent when unknown."},"commission":{"$ref":"#/$defs/nonneg_decimal","description":"Total commission charged so far, in the order's currency."},"currency":{"$ref":"#/$defs/currency"},"placed_at":{"$ref":"#/$defs/timestamp","description":"When the order was created, in backtest or live time."},"parent_id":{"$ref":"#/$defs/ref","description":"Bracket parent: this order is only active once the parent fills."},"oco_group":{"type":"string","minLength":1,"maxLength":128,"description":"Orders sharing an oco_group cancel each other when one fills."}},"allOf":[{"if":{"properties":{"type":{"enum":["limit","stop_limit"]}}},"then":{"required":["limit_price"]},"else":{"not":{"required":["limit_price"]}}},{"if":{"properties":{"type":{"enum":["stop","stop_limit"]}}},"then":{"required":["stop_price"]}},{"if":{"properties":{"type":{"enum":["market","limit"]}}},"then":{"not":{"required":["stop_price"]}}},{"if":{"properties":{"type":{"const":"trailing_stop"}}},"then":{"oneOf":[{"required":["trail_amount"]},{"required":["trail_percent"]}]},"else":{"not":{"anyOf":[{"required":["trail_amount"]},{"required":["trail_percent"]}]}}},{"if":{"properties":{"time_in_force":{"const":"gtd"}}},"then":{"required":["expire_at"]},"else":{"not":{"required":["expire_at"]}}}]};
const schema45 = {"type":"string","minLength":1,"maxLength":128,"description":"An order or fill identifier, unique within its list."};
const schema47 = {"enum":["buy","sell"]};
const schema48 = {"type":"string","pattern":"^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical decimal that is strictly positive."};
const pattern13 = func0("^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$", "u");

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
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data0 = data.type;
if(!((data0 === "limit") || (data0 === "stop_limit"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.limit_price === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "limit_price"},message:"must have required property '"+"limit_price"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs6 = errors;
const _errs7 = errors;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.limit_price === undefined) && (missing0 = "limit_price")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid3 = _errs8 === errors;
if(valid3){
const err3 = {instancePath,schemaPath:"#/allOf/0/else/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs10 = errors;
let valid4 = true;
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data1 = data.type;
if(!((data1 === "stop") || (data1 === "stop_limit"))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid1 = _errs11 === errors;
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stop_price === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "stop_price"},message:"must have required property '"+"stop_price"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs13 === errors;
valid4 = _valid1;
}
if(!valid4){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs15 = errors;
let valid6 = true;
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data2 = data.type;
if(!((data2 === "market") || (data2 === "limit"))){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var _valid2 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs18 = errors;
const _errs19 = errors;
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.stop_price === undefined) && (missing1 = "stop_price")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid8 = _errs20 === errors;
if(valid8){
const err10 = {instancePath,schemaPath:"#/allOf/2/then/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs18 === errors;
valid6 = _valid2;
}
if(!valid6){
const err11 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs22 = errors;
let valid9 = true;
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("trailing_stop" !== data.type){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
var _valid3 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid3){
const _errs25 = errors;
const _errs26 = errors;
let valid11 = false;
let passing0 = null;
const _errs27 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.trail_amount === undefined){
const err13 = {instancePath,schemaPath:"#/allOf/3/then/oneOf/0/required",keyword:"required",params:{missingProperty: "trail_amount"},message:"must have required property '"+"trail_amount"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid4 = _errs27 === errors;
if(_valid4){
valid11 = true;
passing0 = 0;
}
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.trail_percent === undefined){
const err14 = {instancePath,schemaPath:"#/allOf/3/then/oneOf/1/required",keyword:"required",params:{missingProperty: "trail_percent"},message:"must have required property '"+"trail_percent"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid4 = _errs28 === errors;
if(_valid4 && valid11){
valid11 = false;
passing0 = [passing0, 1];
}
else {
if(_valid4){
valid11 = true;
passing0 = 1;
}
}
if(!valid11){
const err15 = {instancePath,schemaPath:"#/allOf/3/then/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
var _valid3 = _errs25 === errors;
valid9 = _valid3;
ifClause1 = "then";
}
else {
const _errs29 = errors;
const _errs30 = errors;
const _errs31 = errors;
const _errs32 = errors;
let valid13 = false;
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.trail_amount === undefined) && (missing2 = "trail_amount")){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid5 = _errs33 === errors;
valid13 = valid13 || _valid5;
const _errs34 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.trail_percent === undefined) && (missing3 = "trail_percent")){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid5 = _errs34 === errors;
valid13 = valid13 || _valid5;
if(!valid13){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
var valid12 = _errs31 === errors;
if(valid12){
const err19 = {instancePath,schemaPath:"#/allOf/3/else/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
var _valid3 = _errs29 === errors;
valid9 = _valid3;
ifClause1 = "else";
}
if(!valid9){
const err20 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const _errs36 = errors;
let valid14 = true;
const _errs37 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.time_in_force !== undefined){
if("gtd" !== data.time_in_force){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
var _valid6 = _errs37 === errors;
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid6){
const _errs39 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.expire_at === undefined){
const err22 = {instancePath,schemaPath:"#/allOf/4/then/required",keyword:"required",params:{missingProperty: "expire_at"},message:"must have required property '"+"expire_at"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid6 = _errs39 === errors;
valid14 = _valid6;
ifClause2 = "then";
}
else {
const _errs40 = errors;
const _errs41 = errors;
const _errs42 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.expire_at === undefined) && (missing4 = "expire_at")){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid16 = _errs42 === errors;
if(valid16){
const err24 = {instancePath,schemaPath:"#/allOf/4/else/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
var _valid6 = _errs40 === errors;
valid14 = _valid6;
ifClause2 = "else";
}
if(!valid14){
const err25 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.order_id === undefined){
const err26 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order_id"},message:"must have required property '"+"order_id"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.symbol === undefined){
const err27 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.side === undefined){
const err28 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.type === undefined){
const err29 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.quantity === undefined){
const err30 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.time_in_force === undefined){
const err31 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time_in_force"},message:"must have required property '"+"time_in_force"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.status === undefined){
const err32 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data.filled_quantity === undefined){
const err33 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "filled_quantity"},message:"must have required property '"+"filled_quantity"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data.commission === undefined){
const err34 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commission"},message:"must have required property '"+"commission"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.currency === undefined){
const err35 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data.placed_at === undefined){
const err36 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "placed_at"},message:"must have required property '"+"placed_at"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema44.properties, key0))){
const err37 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.order_id !== undefined){
let data5 = data.order_id;
if(typeof data5 === "string"){
if((data5.length > 128 && func7(data5) > 128)){
const err38 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((data5.length < 1 || (data5.length < 2 && func7(data5) < 1))){
const err39 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.symbol !== undefined){
let data6 = data.symbol;
if(typeof data6 === "string"){
if((data6.length > 64 && func7(data6) > 64)){
const err41 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((data6.length < 1 || (data6.length < 2 && func7(data6) < 1))){
const err42 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.side !== undefined){
let data7 = data.side;
if(!((data7 === "buy") || (data7 === "sell"))){
const err44 = {instancePath:instancePath+"/side",schemaPath:"#/$defs/side/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.type !== undefined){
let data8 = data.type;
if(!(((((data8 === "market") || (data8 === "limit")) || (data8 === "stop")) || (data8 === "stop_limit")) || (data8 === "trailing_stop"))){
const err45 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema44.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.quantity !== undefined){
let data9 = data.quantity;
if(typeof data9 === "string"){
if((data9.length > 400 && func7(data9) > 400)){
const err46 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/pos_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern13.test(data9)){
const err47 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/pos_decimal/pattern",keyword:"pattern",params:{pattern: "^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/pos_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.limit_price !== undefined){
let data10 = data.limit_price;
if(typeof data10 === "string"){
if((data10.length > 400 && func7(data10) > 400)){
const err49 = {instancePath:instancePath+"/limit_price",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!pattern10.test(data10)){
const err50 = {instancePath:instancePath+"/limit_price",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/limit_price",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.stop_price !== undefined){
let data11 = data.stop_price;
if(typeof data11 === "string"){
if((data11.length > 400 && func7(data11) > 400)){
const err52 = {instancePath:instancePath+"/stop_price",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!pattern10.test(data11)){
const err53 = {instancePath:instancePath+"/stop_price",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/stop_price",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.trail_amount !== undefined){
let data12 = data.trail_amount;
if(typeof data12 === "string"){
if((data12.length > 400 && func7(data12) > 400)){
const err55 = {instancePath:instancePath+"/trail_amount",schemaPath:"#/$defs/pos_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern13.test(data12)){
const err56 = {instancePath:instancePath+"/trail_amount",schemaPath:"#/$defs/pos_decimal/pattern",keyword:"pattern",params:{pattern: "^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/trail_amount",schemaPath:"#/$defs/pos_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.trail_percent !== undefined){
let data13 = data.trail_percent;
if(typeof data13 === "string"){
if((data13.length > 400 && func7(data13) > 400)){
const err58 = {instancePath:instancePath+"/trail_percent",schemaPath:"#/$defs/pos_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern13.test(data13)){
const err59 = {instancePath:instancePath+"/trail_percent",schemaPath:"#/$defs/pos_decimal/pattern",keyword:"pattern",params:{pattern: "^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/trail_percent",schemaPath:"#/$defs/pos_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.time_in_force !== undefined){
let data14 = data.time_in_force;
if(!(((((((data14 === "day") || (data14 === "gtc")) || (data14 === "ioc")) || (data14 === "fok")) || (data14 === "gtd")) || (data14 === "opg")) || (data14 === "cls"))){
const err61 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/enum",keyword:"enum",params:{allowedValues: schema44.properties.time_in_force.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.expire_at !== undefined){
let data15 = data.expire_at;
if(typeof data15 === "string"){
if((data15.length > 30 && func7(data15) > 30)){
const err62 = {instancePath:instancePath+"/expire_at",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!pattern5.test(data15)){
const err63 = {instancePath:instancePath+"/expire_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/expire_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.status !== undefined){
let data16 = data.status;
if(!(((((((data16 === "new") || (data16 === "submitted")) || (data16 === "partially_filled")) || (data16 === "filled")) || (data16 === "cancelled")) || (data16 === "rejected")) || (data16 === "expired"))){
const err65 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema44.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.filled_quantity !== undefined){
let data17 = data.filled_quantity;
if(typeof data17 === "string"){
if((data17.length > 400 && func7(data17) > 400)){
const err66 = {instancePath:instancePath+"/filled_quantity",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern10.test(data17)){
const err67 = {instancePath:instancePath+"/filled_quantity",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/filled_quantity",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.avg_fill_price !== undefined){
let data18 = data.avg_fill_price;
if(typeof data18 === "string"){
if((data18.length > 400 && func7(data18) > 400)){
const err69 = {instancePath:instancePath+"/avg_fill_price",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!pattern10.test(data18)){
const err70 = {instancePath:instancePath+"/avg_fill_price",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/avg_fill_price",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.commission !== undefined){
let data19 = data.commission;
if(typeof data19 === "string"){
if((data19.length > 400 && func7(data19) > 400)){
const err72 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!pattern10.test(data19)){
const err73 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.currency !== undefined){
let data20 = data.currency;
if(typeof data20 === "string"){
if(!pattern7.test(data20)){
const err75 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]{2,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]{2,9}$"+"\""};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.placed_at !== undefined){
let data21 = data.placed_at;
if(typeof data21 === "string"){
if((data21.length > 30 && func7(data21) > 30)){
const err77 = {instancePath:instancePath+"/placed_at",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!pattern5.test(data21)){
const err78 = {instancePath:instancePath+"/placed_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/placed_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.parent_id !== undefined){
let data22 = data.parent_id;
if(typeof data22 === "string"){
if((data22.length > 128 && func7(data22) > 128)){
const err80 = {instancePath:instancePath+"/parent_id",schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((data22.length < 1 || (data22.length < 2 && func7(data22) < 1))){
const err81 = {instancePath:instancePath+"/parent_id",schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/parent_id",schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.oco_group !== undefined){
let data23 = data.oco_group;
if(typeof data23 === "string"){
if((data23.length > 128 && func7(data23) > 128)){
const err83 = {instancePath:instancePath+"/oco_group",schemaPath:"#/properties/oco_group/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((data23.length < 1 || (data23.length < 2 && func7(data23) < 1))){
const err84 = {instancePath:instancePath+"/oco_group",schemaPath:"#/properties/oco_group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/oco_group",schemaPath:"#/properties/oco_group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"type":"object","required":["fill_id","order_id","symbol","side","quantity","price","commission","currency","timestamp"],"additionalProperties":false,"properties":{"fill_id":{"$ref":"#/$defs/ref"},"order_id":{"$ref":"#/$defs/ref"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"quantity":{"$ref":"#/$defs/pos_decimal"},"price":{"$ref":"#/$defs/nonneg_decimal"},"commission":{"$ref":"#/$defs/nonneg_decimal"},"currency":{"$ref":"#/$defs/currency"},"timestamp":{"$ref":"#/$defs/timestamp"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fill_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fill_id"},message:"must have required property '"+"fill_id"+"'"};
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
if(data.symbol === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.side === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'"};
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
if(data.price === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "price"},message:"must have required property '"+"price"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.commission === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commission"},message:"must have required property '"+"commission"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.currency === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.timestamp === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema60.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.fill_id !== undefined){
let data0 = data.fill_id;
if(typeof data0 === "string"){
if((data0.length > 128 && func7(data0) > 128)){
const err10 = {instancePath:instancePath+"/fill_id",schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((data0.length < 1 || (data0.length < 2 && func7(data0) < 1))){
const err11 = {instancePath:instancePath+"/fill_id",schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/fill_id",schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.order_id !== undefined){
let data1 = data.order_id;
if(typeof data1 === "string"){
if((data1.length > 128 && func7(data1) > 128)){
const err13 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((data1.length < 1 || (data1.length < 2 && func7(data1) < 1))){
const err14 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.symbol !== undefined){
let data2 = data.symbol;
if(typeof data2 === "string"){
if((data2.length > 64 && func7(data2) > 64)){
const err16 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((data2.length < 1 || (data2.length < 2 && func7(data2) < 1))){
const err17 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.side !== undefined){
let data3 = data.side;
if(!((data3 === "buy") || (data3 === "sell"))){
const err19 = {instancePath:instancePath+"/side",schemaPath:"#/$defs/side/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.quantity !== undefined){
let data4 = data.quantity;
if(typeof data4 === "string"){
if((data4.length > 400 && func7(data4) > 400)){
const err20 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/pos_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern13.test(data4)){
const err21 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/pos_decimal/pattern",keyword:"pattern",params:{pattern: "^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/pos_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.price !== undefined){
let data5 = data.price;
if(typeof data5 === "string"){
if((data5.length > 400 && func7(data5) > 400)){
const err23 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern10.test(data5)){
const err24 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err25 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.commission !== undefined){
let data6 = data.commission;
if(typeof data6 === "string"){
if((data6.length > 400 && func7(data6) > 400)){
const err26 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern10.test(data6)){
const err27 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err28 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.currency !== undefined){
let data7 = data.currency;
if(typeof data7 === "string"){
if(!pattern7.test(data7)){
const err29 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]{2,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]{2,9}$"+"\""};
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
const err30 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data8 = data.timestamp;
if(typeof data8 === "string"){
if((data8.length > 30 && func7(data8) > 30)){
const err31 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern5.test(data8)){
const err32 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
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
const err33 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema70 = {"type":"object","required":["from","to","patch"],"additionalProperties":false,"description":"Data of an older version with no home in this one, kept so a downgrade restores the original exactly.","properties":{"from":{"$ref":"#/$defs/version_string"},"to":{"$ref":"#/$defs/version_string"},"patch":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/patch_op"},"description":"RFC 6902 operations that turn the plain downgrade of this document into the original older document."}}};
const schema71 = {"type":"string","pattern":"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"};
const pattern29 = func0("^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$", "u");
const schema73 = {"oneOf":[{"type":"object","required":["op","path","value"],"additionalProperties":false,"properties":{"op":{"enum":["add","replace"]},"path":{"$ref":"#/$defs/json_pointer"},"value":true}},{"type":"object","required":["op","path"],"additionalProperties":false,"properties":{"op":{"const":"remove"},"path":{"$ref":"#/$defs/json_pointer"}}}]};
const schema74 = {"type":"string","pattern":"^(/([^~/]|~[01])*)+$"};
const pattern31 = func0("^(/([^~/]|~[01])*)+$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.path === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.value === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "path")) || (key0 === "value"))){
const err3 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if(!((data0 === "add") || (data0 === "replace"))){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/oneOf/0/properties/op/enum",keyword:"enum",params:{allowedValues: schema73.oneOf[0].properties.op.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(!pattern31.test(data1)){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/json_pointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~/]|~[01])*)+$"},message:"must match pattern \""+"^(/([^~/]|~[01])*)+$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/json_pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err8 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.path === undefined){
const err9 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data){
if(!((key1 === "op") || (key1 === "path"))){
const err10 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.op !== undefined){
if("remove" !== data.op){
const err11 = {instancePath:instancePath+"/op",schemaPath:"#/oneOf/1/properties/op/const",keyword:"const",params:{allowedValue: "remove"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.path !== undefined){
let data3 = data.path;
if(typeof data3 === "string"){
if(!pattern31.test(data3)){
const err12 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/json_pointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~/]|~[01])*)+$"},message:"must match pattern \""+"^(/([^~/]|~[01])*)+$"+"\""};
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
const err13 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/json_pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err14 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err15 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
validate31.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate31.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.from === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.to === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.patch === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patch"},message:"must have required property '"+"patch"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "from") || (key0 === "to")) || (key0 === "patch"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.from !== undefined){
let data0 = data.from;
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
const err4 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/version_string/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/version_string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.to !== undefined){
let data1 = data.to;
if(typeof data1 === "string"){
if(!pattern29.test(data1)){
const err6 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/version_string/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/version_string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.patch !== undefined){
let data2 = data.patch;
if(Array.isArray(data2)){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/patch",schemaPath:"#/properties/patch/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate31(data2[i0], {instancePath:instancePath+"/patch/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/patch",schemaPath:"#/properties/patch/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema76 = {"type":"object","required":["source_version","source_id","steps"],"additionalProperties":false,"description":"Where a migrated document came from. Not hashed: identity is the state alone.","properties":{"source_version":{"$ref":"#/$defs/version_string"},"source_id":{"$ref":"#/$defs/checkpoint_id"},"source_created_at":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$","description":"The source's created_at, kept when the upgrade had to rewrite it."},"steps":{"type":"array","minItems":1,"items":{"type":"object","required":["from","to"],"additionalProperties":false,"properties":{"from":{"$ref":"#/$defs/version_string"},"to":{"$ref":"#/$defs/version_string"}}}}}};
const pattern35 = func0("^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$", "u");

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
if(data.source_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_version"},message:"must have required property '"+"source_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.steps === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "source_version") || (key0 === "source_id")) || (key0 === "source_created_at")) || (key0 === "steps"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.source_version !== undefined){
let data0 = data.source_version;
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
const err4 = {instancePath:instancePath+"/source_version",schemaPath:"#/$defs/version_string/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/source_version",schemaPath:"#/$defs/version_string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.source_id !== undefined){
let data1 = data.source_id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/source_id",schemaPath:"#/$defs/checkpoint_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/source_id",schemaPath:"#/$defs/checkpoint_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.source_created_at !== undefined){
let data2 = data.source_created_at;
if(typeof data2 === "string"){
if(!pattern35.test(data2)){
const err8 = {instancePath:instancePath+"/source_created_at",schemaPath:"#/properties/source_created_at/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/source_created_at",schemaPath:"#/properties/source_created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.steps !== undefined){
let data3 = data.steps;
if(Array.isArray(data3)){
if(data3.length < 1){
const err10 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.from === undefined){
const err11 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.to === undefined){
const err12 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "from") || (key1 === "to"))){
const err13 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.from !== undefined){
let data5 = data4.from;
if(typeof data5 === "string"){
if(!pattern29.test(data5)){
const err14 = {instancePath:instancePath+"/steps/" + i0+"/from",schemaPath:"#/$defs/version_string/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"+"\""};
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
const err15 = {instancePath:instancePath+"/steps/" + i0+"/from",schemaPath:"#/$defs/version_string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.to !== undefined){
let data6 = data4.to;
if(typeof data6 === "string"){
if(!pattern29.test(data6)){
const err16 = {instancePath:instancePath+"/steps/" + i0+"/to",schemaPath:"#/$defs/version_string/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"+"\""};
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
const err17 = {instancePath:instancePath+"/steps/" + i0+"/to",schemaPath:"#/$defs/version_string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://state-checkpoint.dev/schemas/v2.schema.json" */;
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
if(data.checkpoint_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checkpoint_id"},message:"must have required property '"+"checkpoint_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.created_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.strategy_name === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "strategy_name"},message:"must have required property '"+"strategy_name"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.timestamp === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.sequence === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.portfolio_state === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "portfolio_state"},message:"must have required property '"+"portfolio_state"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.order_state === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order_state"},message:"must have required property '"+"order_state"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.strategy_state === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "strategy_state"},message:"must have required property '"+"strategy_state"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.metadata === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema31.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.checkpoint_id !== undefined){
let data0 = data.checkpoint_id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err11 = {instancePath:instancePath+"/checkpoint_id",schemaPath:"#/$defs/checkpoint_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/checkpoint_id",schemaPath:"#/$defs/checkpoint_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.version !== undefined){
if("2.0" !== data.version){
const err13 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if((data2.length > 30 && func7(data2) > 30)){
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern5.test(data2)){
const err15 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.strategy_name !== undefined){
let data3 = data.strategy_name;
if(typeof data3 === "string"){
if((data3.length > 256 && func7(data3) > 256)){
const err17 = {instancePath:instancePath+"/strategy_name",schemaPath:"#/properties/strategy_name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((data3.length < 1 || (data3.length < 2 && func7(data3) < 1))){
const err18 = {instancePath:instancePath+"/strategy_name",schemaPath:"#/properties/strategy_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err19 = {instancePath:instancePath+"/strategy_name",schemaPath:"#/properties/strategy_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data4 = data.timestamp;
if(typeof data4 === "string"){
if((data4.length > 30 && func7(data4) > 30)){
const err20 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern5.test(data4)){
const err21 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.sequence !== undefined){
let data5 = data.sequence;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err23 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
const err24 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err25 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.portfolio_state !== undefined){
let data6 = data.portfolio_state;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.cash === undefined){
const err26 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/required",keyword:"required",params:{missingProperty: "cash"},message:"must have required property '"+"cash"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data6.positions === undefined){
const err27 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/required",keyword:"required",params:{missingProperty: "positions"},message:"must have required property '"+"positions"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "cash") || (key1 === "positions")) || (key1 === "equity"))){
const err28 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.cash !== undefined){
if(!(validate21(data6.cash, {instancePath:instancePath+"/portfolio_state/cash",parentData:data6,parentDataProperty:"cash",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data6.positions !== undefined){
let data8 = data6.positions;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
const _errs22 = errors;
if(typeof key2 === "string"){
if((key2.length > 64 && func7(key2) > 64)){
const err29 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/$defs/symbol/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key2};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((key2.length < 1 || (key2.length < 2 && func7(key2) < 1))){
const err30 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/$defs/symbol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key2};
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
const err31 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/$defs/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key2};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var valid5 = _errs22 === errors;
if(!valid5){
const err32 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/properties/portfolio_state/properties/positions/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
for(const key3 in data8){
if(!(validate23(data8[key3], {instancePath:instancePath+"/portfolio_state/positions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/properties/portfolio_state/properties/positions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data6.equity !== undefined){
if(!(validate21(data6.equity, {instancePath:instancePath+"/portfolio_state/equity",parentData:data6,parentDataProperty:"equity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.order_state !== undefined){
let data11 = data.order_state;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.orders === undefined){
const err35 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/required",keyword:"required",params:{missingProperty: "orders"},message:"must have required property '"+"orders"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data11.fills === undefined){
const err36 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/required",keyword:"required",params:{missingProperty: "fills"},message:"must have required property '"+"fills"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key4 in data11){
if(!((key4 === "orders") || (key4 === "fills"))){
const err37 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.orders !== undefined){
let data12 = data11.orders;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data12[i0], {instancePath:instancePath+"/order_state/orders/" + i0,parentData:data12,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err38 = {instancePath:instancePath+"/order_state/orders",schemaPath:"#/properties/order_state/properties/orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.fills !== undefined){
let data14 = data11.fills;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(!(validate28(data14[i1], {instancePath:instancePath+"/order_state/fills/" + i1,parentData:data14,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err39 = {instancePath:instancePath+"/order_state/fills",schemaPath:"#/properties/order_state/properties/fills/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.metadata !== undefined){
let data16 = data.metadata;
if(!(data16 && typeof data16 == "object" && !Array.isArray(data16))){
const err41 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.legacy !== undefined){
let data17 = data.legacy;
if(Array.isArray(data17)){
if(data17.length < 1){
const err42 = {instancePath:instancePath+"/legacy",schemaPath:"#/properties/legacy/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
if(!(validate30(data17[i2], {instancePath:instancePath+"/legacy/" + i2,parentData:data17,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err43 = {instancePath:instancePath+"/legacy",schemaPath:"#/properties/legacy/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.provenance !== undefined){
if(!(validate34(data.provenance, {instancePath:instancePath+"/provenance",parentData:data,parentDataProperty:"provenance",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.strategy_state !== undefined){
let data20 = data.strategy_state;
if((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (data20 !== null)){
const err44 = {instancePath:instancePath+"/strategy_state",schemaPath:"#/properties/strategy_state/type",keyword:"type",params:{type: schema31.properties.strategy_state.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validate = validate20 as unknown as ValidateFunction<CheckpointV2>;
