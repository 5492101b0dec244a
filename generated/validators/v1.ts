/* GENERATED FILE, DO NOT EDIT. Source: schemas/v1.schema.json (sha256 6f88847b94118d00f071ff4b5f96631b298d92bff21cb098b1fcc2a40a7504df).
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */
// @ts-nocheck
import type { ValidateFunction } from '../validate-function.js';
import type { CheckpointV1 } from '../types/v1.js';
import __rt0 from "../../src/format/patterns.js";
import __rt1 from "ajv/dist/runtime/ucs2length.js";
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://state-checkpoint.dev/schemas/v1.schema.json","title":"State checkpoint, format version 1.0","description":"The original, loosely typed checkpoint contract written by the first Python producer. Numbers are JSON numbers; timestamps may lack a UTC offset. Frozen: never edit this file.","type":"object","required":["checkpoint_id","version","created_at","strategy_name","timestamp","portfolio_state","order_state","strategy_state","metadata"],"additionalProperties":false,"properties":{"checkpoint_id":{"$ref":"#/$defs/checkpoint_id"},"version":{"const":"1.0","description":"Format version. Always the string \"1.0\"."},"created_at":{"$ref":"#/$defs/loose_timestamp","description":"Wall-clock creation time. Not hashed."},"strategy_name":{"type":"string","minLength":1,"maxLength":256},"timestamp":{"$ref":"#/$defs/loose_timestamp","description":"The point in backtest or live time that the state describes."},"portfolio_state":{"type":"object","required":["cash","positions","equity"],"properties":{"cash":{"type":"number"},"equity":{"type":"number"},"positions":{"type":"object","propertyNames":{"$ref":"#/$defs/symbol"},"additionalProperties":{"anyOf":[{"type":"number","description":"Shorthand: the signed quantity alone."},{"$ref":"#/$defs/position"}]}}}},"order_state":{"type":"object","required":["pending_orders","recent_fills"],"properties":{"pending_orders":{"type":"array","items":{"$ref":"#/$defs/order"}},"recent_fills":{"type":"array","items":{"$ref":"#/$defs/fill"}}}},"strategy_state":{"type":["object","null"]},"metadata":{"type":"object"}},"$defs":{"checkpoint_id":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Lowercase hex SHA-256 of the RFC 8785 canonical bytes of the document without checkpoint_id and created_at."},"loose_timestamp":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$","description":"ISO 8601 date and time as Python's isoformat() writes it: 'T' or a space between date and time, optional fraction, optional offset (absent means UTC)."},"symbol":{"type":"string","minLength":1,"maxLength":64},"loose_id":{"anyOf":[{"type":"string","minLength":1,"maxLength":128},{"type":"integer","minimum":0}]},"side":{"enum":["buy","sell","BUY","SELL"]},"position":{"type":"object","required":["quantity"],"properties":{"quantity":{"type":"number"},"avg_price":{"type":"number","minimum":0},"last_price":{"type":"number","minimum":0}}},"order":{"type":"object","required":["order_id","symbol","side","quantity"],"properties":{"order_id":{"$ref":"#/$defs/loose_id"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"quantity":{"type":"number","exclusiveMinimum":0},"order_type":{"enum":["market","limit","stop","stop_limit","MARKET","LIMIT","STOP","STOP_LIMIT"]},"limit_price":{"type":["number","null"],"minimum":0},"stop_price":{"type":["number","null"],"minimum":0},"filled_quantity":{"type":"number","minimum":0},"status":{"type":"string","maxLength":64},"created_at":{"$ref":"#/$defs/loose_timestamp"}}},"fill":{"type":"object","required":["order_id","symbol","side","quantity","price"],"properties":{"fill_id":{"$ref":"#/$defs/loose_id"},"order_id":{"$ref":"#/$defs/loose_id"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"quantity":{"type":"number","exclusiveMinimum":0},"price":{"type":"number","minimum":0},"commission":{"type":"number","minimum":0},"timestamp":{"$ref":"#/$defs/loose_timestamp"}}}}};
const schema32 = {"type":"string","pattern":"^[0-9a-f]{64}$","description":"Lowercase hex SHA-256 of the RFC 8785 canonical bytes of the document without checkpoint_id and created_at."};
const schema33 = {"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$","description":"ISO 8601 date and time as Python's isoformat() writes it: 'T' or a space between date and time, optional fraction, optional offset (absent means UTC)."};
const schema35 = {"type":"string","minLength":1,"maxLength":64};
const schema36 = {"type":"object","required":["quantity"],"properties":{"quantity":{"type":"number"},"avg_price":{"type":"number","minimum":0},"last_price":{"type":"number","minimum":0}}};
const func5 = Object.prototype.hasOwnProperty;
const func0 = (__rt0.default ? __rt0 : { default: __rt0 }).default;
const func8 = (__rt1.default ? __rt1 : { default: __rt1 }).default;
const pattern4 = func0("^[0-9a-f]{64}$", "u");
const pattern5 = func0("^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$", "u");
const schema37 = {"type":"object","required":["order_id","symbol","side","quantity"],"properties":{"order_id":{"$ref":"#/$defs/loose_id"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"quantity":{"type":"number","exclusiveMinimum":0},"order_type":{"enum":["market","limit","stop","stop_limit","MARKET","LIMIT","STOP","STOP_LIMIT"]},"limit_price":{"type":["number","null"],"minimum":0},"stop_price":{"type":["number","null"],"minimum":0},"filled_quantity":{"type":"number","minimum":0},"status":{"type":"string","maxLength":64},"created_at":{"$ref":"#/$defs/loose_timestamp"}}};
const schema38 = {"anyOf":[{"type":"string","minLength":1,"maxLength":128},{"type":"integer","minimum":0}]};
const schema40 = {"enum":["buy","sell","BUY","SELL"]};

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
if(data.order_id !== undefined){
let data0 = data.order_id;
const _errs3 = errors;
let valid2 = false;
const _errs4 = errors;
if(typeof data0 === "string"){
if((data0.length > 128 && func8(data0) > 128)){
const err4 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data0.length < 1 || (data0.length < 2 && func8(data0) < 1))){
const err5 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err6 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid2 = valid2 || _valid0;
const _errs6 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err7 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err9 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.symbol !== undefined){
let data1 = data.symbol;
if(typeof data1 === "string"){
if((data1.length > 64 && func8(data1) > 64)){
const err10 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((data1.length < 1 || (data1.length < 2 && func8(data1) < 1))){
const err11 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.side !== undefined){
let data2 = data.side;
if(!((((data2 === "buy") || (data2 === "sell")) || (data2 === "BUY")) || (data2 === "SELL"))){
const err13 = {instancePath:instancePath+"/side",schemaPath:"#/$defs/side/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.quantity !== undefined){
let data3 = data.quantity;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 <= 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err15 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.order_type !== undefined){
let data4 = data.order_type;
if(!((((((((data4 === "market") || (data4 === "limit")) || (data4 === "stop")) || (data4 === "stop_limit")) || (data4 === "MARKET")) || (data4 === "LIMIT")) || (data4 === "STOP")) || (data4 === "STOP_LIMIT"))){
const err16 = {instancePath:instancePath+"/order_type",schemaPath:"#/properties/order_type/enum",keyword:"enum",params:{allowedValues: schema37.properties.order_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.limit_price !== undefined){
let data5 = data.limit_price;
if((!((typeof data5 == "number") && (isFinite(data5)))) && (data5 !== null)){
const err17 = {instancePath:instancePath+"/limit_price",schemaPath:"#/properties/limit_price/type",keyword:"type",params:{type: schema37.properties.limit_price.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/limit_price",schemaPath:"#/properties/limit_price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.stop_price !== undefined){
let data6 = data.stop_price;
if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){
const err19 = {instancePath:instancePath+"/stop_price",schemaPath:"#/properties/stop_price/type",keyword:"type",params:{type: schema37.properties.stop_price.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/stop_price",schemaPath:"#/properties/stop_price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.filled_quantity !== undefined){
let data7 = data.filled_quantity;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/filled_quantity",schemaPath:"#/properties/filled_quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err22 = {instancePath:instancePath+"/filled_quantity",schemaPath:"#/properties/filled_quantity/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.status !== undefined){
let data8 = data.status;
if(typeof data8 === "string"){
if((data8.length > 64 && func8(data8) > 64)){
const err23 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.created_at !== undefined){
let data9 = data.created_at;
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err25 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/loose_timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/loose_timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"order_id":true,"symbol":true,"side":true,"quantity":true,"order_type":true,"limit_price":true,"stop_price":true,"filled_quantity":true,"status":true,"created_at":true},"dynamicProps":false,"dynamicItems":false};

const schema42 = {"type":"object","required":["order_id","symbol","side","quantity","price"],"properties":{"fill_id":{"$ref":"#/$defs/loose_id"},"order_id":{"$ref":"#/$defs/loose_id"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"quantity":{"type":"number","exclusiveMinimum":0},"price":{"type":"number","minimum":0},"commission":{"type":"number","minimum":0},"timestamp":{"$ref":"#/$defs/loose_timestamp"}}};

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
if(data.fill_id !== undefined){
let data0 = data.fill_id;
const _errs3 = errors;
let valid2 = false;
const _errs4 = errors;
if(typeof data0 === "string"){
if((data0.length > 128 && func8(data0) > 128)){
const err5 = {instancePath:instancePath+"/fill_id",schemaPath:"#/$defs/loose_id/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data0.length < 1 || (data0.length < 2 && func8(data0) < 1))){
const err6 = {instancePath:instancePath+"/fill_id",schemaPath:"#/$defs/loose_id/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err7 = {instancePath:instancePath+"/fill_id",schemaPath:"#/$defs/loose_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid2 = valid2 || _valid0;
const _errs6 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err8 = {instancePath:instancePath+"/fill_id",schemaPath:"#/$defs/loose_id/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err9 = {instancePath:instancePath+"/fill_id",schemaPath:"#/$defs/loose_id/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err10 = {instancePath:instancePath+"/fill_id",schemaPath:"#/$defs/loose_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.order_id !== undefined){
let data1 = data.order_id;
const _errs10 = errors;
let valid4 = false;
const _errs11 = errors;
if(typeof data1 === "string"){
if((data1.length > 128 && func8(data1) > 128)){
const err11 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((data1.length < 1 || (data1.length < 2 && func8(data1) < 1))){
const err12 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err13 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid4 = valid4 || _valid1;
const _errs13 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err14 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err15 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid1 = _errs13 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err16 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/loose_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.symbol !== undefined){
let data2 = data.symbol;
if(typeof data2 === "string"){
if((data2.length > 64 && func8(data2) > 64)){
const err17 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((data2.length < 1 || (data2.length < 2 && func8(data2) < 1))){
const err18 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err19 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
let data3 = data.side;
if(!((((data3 === "buy") || (data3 === "sell")) || (data3 === "BUY")) || (data3 === "SELL"))){
const err20 = {instancePath:instancePath+"/side",schemaPath:"#/$defs/side/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.quantity !== undefined){
let data4 = data.quantity;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err21 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err22 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err23 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.commission !== undefined){
let data6 = data.commission;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/commission",schemaPath:"#/properties/commission/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/commission",schemaPath:"#/properties/commission/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data7 = data.timestamp;
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
const err27 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/loose_timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"+"\""};
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
const err28 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/loose_timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"fill_id":true,"order_id":true,"symbol":true,"side":true,"quantity":true,"price":true,"commission":true,"timestamp":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://state-checkpoint.dev/schemas/v1.schema.json" */;
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
if(data.portfolio_state === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "portfolio_state"},message:"must have required property '"+"portfolio_state"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.order_state === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order_state"},message:"must have required property '"+"order_state"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.strategy_state === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "strategy_state"},message:"must have required property '"+"strategy_state"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.metadata === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema31.properties, key0))){
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
if(data.checkpoint_id !== undefined){
let data0 = data.checkpoint_id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err10 = {instancePath:instancePath+"/checkpoint_id",schemaPath:"#/$defs/checkpoint_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err11 = {instancePath:instancePath+"/checkpoint_id",schemaPath:"#/$defs/checkpoint_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.version !== undefined){
if("1.0" !== data.version){
const err12 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err13 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/loose_timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"+"\""};
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
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/loose_timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.strategy_name !== undefined){
let data3 = data.strategy_name;
if(typeof data3 === "string"){
if((data3.length > 256 && func8(data3) > 256)){
const err15 = {instancePath:instancePath+"/strategy_name",schemaPath:"#/properties/strategy_name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((data3.length < 1 || (data3.length < 2 && func8(data3) < 1))){
const err16 = {instancePath:instancePath+"/strategy_name",schemaPath:"#/properties/strategy_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err17 = {instancePath:instancePath+"/strategy_name",schemaPath:"#/properties/strategy_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data4 = data.timestamp;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err18 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/loose_timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"+"\""};
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
const err19 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/loose_timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.portfolio_state !== undefined){
let data5 = data.portfolio_state;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.cash === undefined){
const err20 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/required",keyword:"required",params:{missingProperty: "cash"},message:"must have required property '"+"cash"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.positions === undefined){
const err21 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/required",keyword:"required",params:{missingProperty: "positions"},message:"must have required property '"+"positions"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.equity === undefined){
const err22 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/required",keyword:"required",params:{missingProperty: "equity"},message:"must have required property '"+"equity"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.cash !== undefined){
let data6 = data5.cash;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err23 = {instancePath:instancePath+"/portfolio_state/cash",schemaPath:"#/properties/portfolio_state/properties/cash/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.equity !== undefined){
let data7 = data5.equity;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err24 = {instancePath:instancePath+"/portfolio_state/equity",schemaPath:"#/properties/portfolio_state/properties/equity/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.positions !== undefined){
let data8 = data5.positions;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
const _errs22 = errors;
if(typeof key1 === "string"){
if((key1.length > 64 && func8(key1) > 64)){
const err25 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/$defs/symbol/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((key1.length < 1 || (key1.length < 2 && func8(key1) < 1))){
const err26 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/$defs/symbol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/$defs/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid5 = _errs22 === errors;
if(!valid5){
const err28 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/properties/portfolio_state/properties/positions/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key2 in data8){
let data9 = data8[key2];
const _errs27 = errors;
let valid8 = false;
const _errs28 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err29 = {instancePath:instancePath+"/portfolio_state/positions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/portfolio_state/properties/positions/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs28 === errors;
valid8 = valid8 || _valid0;
const _errs30 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.quantity === undefined){
const err30 = {instancePath:instancePath+"/portfolio_state/positions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/position/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data9.quantity !== undefined){
let data10 = data9.quantity;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err31 = {instancePath:instancePath+"/portfolio_state/positions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/quantity",schemaPath:"#/$defs/position/properties/quantity/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.avg_price !== undefined){
let data11 = data9.avg_price;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err32 = {instancePath:instancePath+"/portfolio_state/positions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/avg_price",schemaPath:"#/$defs/position/properties/avg_price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err33 = {instancePath:instancePath+"/portfolio_state/positions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/avg_price",schemaPath:"#/$defs/position/properties/avg_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.last_price !== undefined){
let data12 = data9.last_price;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err34 = {instancePath:instancePath+"/portfolio_state/positions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/last_price",schemaPath:"#/$defs/position/properties/last_price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/portfolio_state/positions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/last_price",schemaPath:"#/$defs/position/properties/last_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/portfolio_state/positions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/position/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid0 = _errs30 === errors;
valid8 = valid8 || _valid0;
if(_valid0){
var props0 = {};
props0.quantity = true;
props0.avg_price = true;
props0.last_price = true;
}
if(!valid8){
const err37 = {instancePath:instancePath+"/portfolio_state/positions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/portfolio_state/properties/positions/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err38 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/properties/portfolio_state/properties/positions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.order_state !== undefined){
let data13 = data.order_state;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.pending_orders === undefined){
const err40 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/required",keyword:"required",params:{missingProperty: "pending_orders"},message:"must have required property '"+"pending_orders"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data13.recent_fills === undefined){
const err41 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/required",keyword:"required",params:{missingProperty: "recent_fills"},message:"must have required property '"+"recent_fills"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data13.pending_orders !== undefined){
let data14 = data13.pending_orders;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data14[i0], {instancePath:instancePath+"/order_state/pending_orders/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/order_state/pending_orders",schemaPath:"#/properties/order_state/properties/pending_orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data13.recent_fills !== undefined){
let data16 = data13.recent_fills;
if(Array.isArray(data16)){
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
if(!(validate23(data16[i1], {instancePath:instancePath+"/order_state/recent_fills/" + i1,parentData:data16,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err43 = {instancePath:instancePath+"/order_state/recent_fills",schemaPath:"#/properties/order_state/properties/recent_fills/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.strategy_state !== undefined){
let data18 = data.strategy_state;
if((!(data18 && typeof data18 == "object" && !Array.isArray(data18))) && (data18 !== null)){
const err45 = {instancePath:instancePath+"/strategy_state",schemaPath:"#/properties/strategy_state/type",keyword:"type",params:{type: schema31.properties.strategy_state.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.metadata !== undefined){
let data19 = data.metadata;
if(!(data19 && typeof data19 == "object" && !Array.isArray(data19))){
const err46 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validate = validate20 as unknown as ValidateFunction<CheckpointV1>;
