/* GENERATED FILE, DO NOT EDIT. Source: schemas/v4.schema.json (sha256 7a6769b707dbb843464558d624d831465346b3df0827be98d8879b93c5d0bc48).
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */
// @ts-nocheck
import type { ValidateFunction } from '../validate-function.js';
import type { CheckpointV4 } from '../types/v4.js';
import __rt0 from "../../src/format/patterns.js";
import __rt1 from "ajv/dist/runtime/ucs2length.js";
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://state-checkpoint.dev/schemas/v4.schema.json","title":"State checkpoint, format version 4.0","description":"Execution state: everything 3.0 holds, plus the account (initial cash), risk state and limits, execution-model settings (slippage, commission, latency), the order lifecycle (submission, rejection, cancellation, partial and liquidity flags of fills) and the completed-order history. Legacy layers and provenance may name a source format (e.g. finbot-execution-1.0.0). Frozen: never edit this file.","type":"object","required":["checkpoint_id","version","created_at","strategy_name","run_id","parent_id","sequence","timestamp","portfolio_state","order_state","engine_state","account","risk","execution_model","strategy_state","fingerprint","metadata"],"additionalProperties":false,"properties":{"checkpoint_id":{"$ref":"#/$defs/checkpoint_id"},"version":{"const":"4.0"},"created_at":{"$ref":"#/$defs/timestamp","description":"Wall-clock creation time. Not hashed."},"strategy_name":{"type":"string","minLength":1,"maxLength":256},"run_id":{"$ref":"#/$defs/run_id"},"parent_id":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/checkpoint_id"}],"description":"Id of the previous checkpoint of this run, or null for the first."},"timestamp":{"$ref":"#/$defs/timestamp","description":"The point in backtest or live time that the state describes."},"sequence":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Position of this checkpoint in its run; strictly increases within a run."},"portfolio_state":{"type":"object","required":["cash","positions"],"additionalProperties":false,"properties":{"cash":{"$ref":"#/$defs/money_map","description":"Cash balance per currency (may be negative on margin)."},"positions":{"type":"object","propertyNames":{"$ref":"#/$defs/symbol"},"additionalProperties":{"$ref":"#/$defs/position"}},"equity":{"$ref":"#/$defs/money_map","description":"Total equity per currency as the engine computed it."}}},"order_state":{"type":"object","required":["orders","completed","fills"],"additionalProperties":false,"properties":{"orders":{"type":"array","items":{"$ref":"#/$defs/order"},"description":"Working orders in placement order; closed orders may stay here or move to completed."},"completed":{"type":"array","items":{"$ref":"#/$defs/order"},"description":"Orders no longer working, in the order they closed; may be a window."},"fills":{"type":"array","items":{"$ref":"#/$defs/fill"},"description":"Fills in execution order; may be a recent window."}}},"engine_state":{"type":"object","required":["rng","feeds","counters","held_orders"],"additionalProperties":false,"properties":{"rng":{"oneOf":[{"type":"null"},{"type":"object","required":["algorithm","state"],"additionalProperties":false,"properties":{"algorithm":{"type":"string","pattern":"^[a-z0-9][a-z0-9_.+*-]{0,63}$","description":"Generator name, e.g. mulberry32, xoshiro128**, mt19937, pcg64."},"state":{"type":"array","minItems":1,"maxItems":4096,"items":{"$ref":"#/$defs/uint32"},"description":"The generator's full internal state as unsigned 32-bit words (not its seed)."}}}],"description":"Random generator state, or null when the engine uses none."},"feeds":{"type":"object","propertyNames":{"$ref":"#/$defs/name"},"additionalProperties":{"type":"object","required":["cursor"],"additionalProperties":false,"properties":{"cursor":{"$ref":"#/$defs/counter","description":"Index of the next record the feed will deliver."},"last_timestamp":{"$ref":"#/$defs/timestamp","description":"Time of the last record delivered."}}}},"counters":{"type":"object","propertyNames":{"$ref":"#/$defs/name"},"additionalProperties":{"$ref":"#/$defs/counter"},"description":"Id counters: the next number each generator of ids will hand out."},"held_orders":{"type":"array","items":{"$ref":"#/$defs/order"},"description":"Orders created but not yet submitted to the broker (status new)."}}},"account":{"type":"object","required":["initial_cash"],"additionalProperties":false,"properties":{"initial_cash":{"$ref":"#/$defs/money_map","description":"The cash the run started with, per currency; empty when unknown."}}},"risk":{"oneOf":[{"type":"null"},{"type":"object","required":["trading_state","peak_equity","day_start_equity","limits"],"additionalProperties":false,"properties":{"trading_state":{"$ref":"#/$defs/trading_state","description":"The live kill-switch state: active, halted, or reducing (only orders that reduce positions)."},"peak_equity":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/money_map"}],"description":"Highest equity seen (the drawdown reference), or null when unknown."},"day_start_equity":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/money_map"}],"description":"Equity at the start of the trading day, or null when unknown."},"limits":{"oneOf":[{"type":"null"},{"type":"object","required":["initial_trading_state"],"additionalProperties":false,"properties":{"initial_trading_state":{"enum":["active","halted"],"description":"The configured state a fresh engine starts in."},"position":{"type":"object","required":["max_quantity","max_notional"],"additionalProperties":false,"description":"Per-instrument position limits.","properties":{"max_quantity":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/decimal"}],"description":"Largest absolute position quantity; null is unlimited."},"max_notional":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/decimal"}],"description":"Largest absolute position value; null is unlimited."}}},"exposure":{"type":"object","required":["max_gross_pct","max_net_pct"],"additionalProperties":false,"description":"Exposure limits in percent of equity.","properties":{"max_gross_pct":{"$ref":"#/$defs/decimal","description":"Largest gross exposure, percent of equity."},"max_net_pct":{"$ref":"#/$defs/decimal","description":"Largest net exposure, percent of equity."}}},"drawdown":{"type":"object","required":["max_daily_pct","max_total_pct"],"additionalProperties":false,"description":"Drawdown limits in percent.","properties":{"max_daily_pct":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/decimal"}],"description":"Largest drawdown from day_start_equity; null is unlimited."},"max_total_pct":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/decimal"}],"description":"Largest drawdown from peak_equity; null is unlimited."}}},"max_notional_per_order":{"type":"object","propertyNames":{"$ref":"#/$defs/symbol"},"additionalProperties":{"$ref":"#/$defs/decimal"},"description":"Largest notional value of one order, per instrument."}}}],"description":"Configured risk limits, or null when none are configured."}}}],"description":"Risk state and limits, or null when the engine runs no risk checks."},"execution_model":{"type":"object","required":["slippage","commission","latency"],"additionalProperties":false,"description":"The execution-model settings the engine simulates fills with; each null when unknown.","properties":{"slippage":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/slippage_model"}]},"commission":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/commission_model"}]},"latency":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/latency_model"}]}}},"metadata":{"type":"object","description":"Free-form, hashed. Keep volatile data (host names, wall-clock times) out of it."},"legacy":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/legacy_layer"}},"provenance":{"$ref":"#/$defs/provenance"},"strategy_state":{"oneOf":[{"type":"null"},{"type":"object","required":["schema","schema_version","data"],"additionalProperties":false,"properties":{"schema":{"$ref":"#/$defs/name","description":"Name of the strategy's own state schema."},"schema_version":{"type":"integer","minimum":0,"maximum":2147483647,"description":"Version of the strategy's own state schema."},"data":{"description":"The strategy's state, any JSON value."}}}]},"fingerprint":{"oneOf":[{"type":"null"},{"type":"object","required":["code","config"],"additionalProperties":false,"properties":{"code":{"$ref":"#/$defs/sha256","description":"SHA-256 of the strategy code."},"config":{"$ref":"#/$defs/sha256","description":"SHA-256 of the RFC 8785 bytes of the strategy configuration."}}}],"description":"What produced the state; a resume can refuse a mismatch. Null when unknown."}},"$defs":{"checkpoint_id":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Lowercase hex SHA-256 of the RFC 8785 canonical bytes of the hashed part: the document without checkpoint_id, created_at and provenance."},"timestamp":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$","maxLength":30,"description":"RFC 3339 date-time in UTC with a literal 'Z', seconds always present, an optional fraction of 1-9 digits that does not end in 0. One spelling per instant."},"decimal":{"type":"string","pattern":"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters)."},"nonneg_decimal":{"type":"string","pattern":"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical decimal that is zero or positive."},"pos_decimal":{"type":"string","pattern":"^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical decimal that is strictly positive."},"currency":{"type":"string","pattern":"^[A-Z][A-Z0-9]{2,9}$","description":"Currency or asset code: ISO 4217 where one exists (USD, EUR); 'XXX' means no currency recorded (migrated from 1.0)."},"symbol":{"type":"string","minLength":1,"maxLength":64,"description":"Instrument identifier as the engine knows it."},"ref":{"type":"string","minLength":1,"maxLength":128,"description":"An order or fill identifier, unique within its list."},"side":{"enum":["buy","sell"]},"order":{"type":"object","required":["order_id","symbol","side","type","quantity","time_in_force","status","filled_quantity","commission","currency","placed_at"],"additionalProperties":false,"properties":{"order_id":{"$ref":"#/$defs/ref"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"type":{"enum":["market","limit","stop","stop_limit","trailing_stop"]},"quantity":{"$ref":"#/$defs/decimal","description":"Ordered quantity, positive; the side gives the direction. A rejected order keeps the quantity it was given, of any sign."},"limit_price":{"$ref":"#/$defs/nonneg_decimal","description":"Present exactly for limit and stop_limit orders."},"stop_price":{"$ref":"#/$defs/nonneg_decimal","description":"Trigger price: required for stop and stop_limit, the current trigger for trailing_stop, absent otherwise."},"trail_amount":{"$ref":"#/$defs/pos_decimal","description":"trailing_stop only: trailing distance in price units."},"trail_percent":{"$ref":"#/$defs/pos_decimal","description":"trailing_stop only: trailing distance in percent."},"time_in_force":{"enum":["day","gtc","ioc","fok","gtd","opg","cls"]},"expire_at":{"$ref":"#/$defs/timestamp","description":"Present exactly when time_in_force is gtd."},"status":{"enum":["new","submitted","partially_filled","filled","cancelled","rejected","expired"]},"filled_quantity":{"$ref":"#/$defs/nonneg_decimal"},"avg_fill_price":{"$ref":"#/$defs/nonneg_decimal","description":"Volume-weighted average fill price; absent while nothing is filled, and may be absent when unknown."},"commission":{"$ref":"#/$defs/nonneg_decimal","description":"Total commission charged so far, in the order's currency."},"currency":{"$ref":"#/$defs/currency"},"placed_at":{"$ref":"#/$defs/timestamp","description":"When the order was created, in backtest or live time."},"submitted_at":{"$ref":"#/$defs/timestamp","description":"When the broker or simulator accepted the order for working."},"rejected_at":{"$ref":"#/$defs/timestamp","description":"When the order was rejected; rejected orders only."},"cancelled_at":{"$ref":"#/$defs/timestamp","description":"When the order was cancelled; cancelled orders only."},"rejection":{"type":"object","required":["code","message"],"additionalProperties":false,"description":"Why the order was rejected; rejected orders only.","properties":{"code":{"oneOf":[{"type":"null"},{"type":"string","pattern":"^[a-z][a-z0-9_]{0,63}$"}],"description":"Machine-readable reason, or null when the producer gives text only."},"message":{"oneOf":[{"type":"null"},{"type":"string","maxLength":4096}],"description":"The producer's text, or null."}}},"parent_id":{"$ref":"#/$defs/ref","description":"Bracket parent: this order is only active once the parent fills."},"oco_group":{"type":"string","minLength":1,"maxLength":128,"description":"Orders sharing an oco_group cancel each other when one fills."}},"allOf":[{"if":{"properties":{"type":{"enum":["limit","stop_limit"]}}},"then":{"required":["limit_price"]},"else":{"not":{"required":["limit_price"]}}},{"if":{"properties":{"type":{"enum":["stop","stop_limit"]}}},"then":{"required":["stop_price"]}},{"if":{"properties":{"type":{"enum":["market","limit"]}}},"then":{"not":{"required":["stop_price"]}}},{"if":{"properties":{"type":{"const":"trailing_stop"}}},"then":{"oneOf":[{"required":["trail_amount"]},{"required":["trail_percent"]}]},"else":{"not":{"anyOf":[{"required":["trail_amount"]},{"required":["trail_percent"]}]}}},{"if":{"properties":{"time_in_force":{"const":"gtd"}}},"then":{"required":["expire_at"]},"else":{"not":{"required":["expire_at"]}}},{"if":{"properties":{"status":{"const":"rejected"}}},"else":{"properties":{"quantity":{"$ref":"#/$defs/pos_decimal"}}}}]},"fill":{"type":"object","required":["fill_id","order_id","symbol","side","quantity","price","commission","currency","timestamp"],"additionalProperties":false,"properties":{"fill_id":{"$ref":"#/$defs/ref"},"order_id":{"$ref":"#/$defs/ref"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"quantity":{"$ref":"#/$defs/pos_decimal"},"price":{"$ref":"#/$defs/nonneg_decimal"},"commission":{"$ref":"#/$defs/nonneg_decimal"},"currency":{"$ref":"#/$defs/currency"},"timestamp":{"$ref":"#/$defs/timestamp"},"partial":{"type":"boolean","description":"The producer's own flag: this fill left the order partially filled."},"liquidity":{"enum":["maker","taker"],"description":"Whether the fill added or took liquidity."}}},"position":{"type":"object","required":["quantity","avg_price","currency"],"additionalProperties":false,"properties":{"quantity":{"$ref":"#/$defs/decimal","description":"Signed quantity: negative is short."},"avg_price":{"$ref":"#/$defs/nonneg_decimal","description":"Average entry price."},"currency":{"$ref":"#/$defs/currency"},"last_price":{"$ref":"#/$defs/nonneg_decimal","description":"Mark price used for equity, when known."}}},"money_map":{"type":"object","propertyNames":{"$ref":"#/$defs/currency"},"additionalProperties":{"$ref":"#/$defs/decimal"}},"version_string":{"type":"string","pattern":"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"},"legacy_layer":{"type":"object","required":["from","to","patch"],"additionalProperties":false,"description":"Data of an older version with no home in this one, kept so a downgrade restores the original exactly.","properties":{"from":{"$ref":"#/$defs/format_name"},"to":{"$ref":"#/$defs/version_string"},"patch":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/patch_op"},"description":"RFC 6902 operations that turn the plain downgrade of this document into the original older document."},"member_order":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/json_pointer"},"additionalProperties":{"type":"array","items":{"type":"string"}},"description":"Member order of the objects at these pointers of the older document, where it differs from the order the plain downgrade writes. Hashed."}}},"patch_op":{"oneOf":[{"type":"object","required":["op","path","value"],"additionalProperties":false,"properties":{"op":{"enum":["add","replace"]},"path":{"$ref":"#/$defs/json_pointer"},"value":true}},{"type":"object","required":["op","path"],"additionalProperties":false,"properties":{"op":{"const":"remove"},"path":{"$ref":"#/$defs/json_pointer"}}}]},"json_pointer":{"type":"string","pattern":"^(/([^~/]|~[01])*)+$"},"provenance":{"type":"object","required":["source_version","source_id","steps"],"additionalProperties":false,"description":"Where a migrated document came from. Not hashed: identity is the state alone.","properties":{"source_version":{"$ref":"#/$defs/format_name"},"source_id":{"$ref":"#/$defs/checkpoint_id"},"source_created_at":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$","description":"The source's created_at, kept when the upgrade had to rewrite it."},"steps":{"type":"array","minItems":1,"items":{"type":"object","required":["from","to"],"additionalProperties":false,"properties":{"from":{"$ref":"#/$defs/format_name"},"to":{"$ref":"#/$defs/format_name"}}}},"source_layout":{"type":"object","required":["newline"],"additionalProperties":false,"description":"How the source file was laid out, where that is not the source format's default; absent otherwise.","properties":{"newline":{"const":"crlf","description":"Lines end in CR LF."}}},"assumed_zone":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$","maxLength":64,"description":"The IANA time zone the source's times without offset were read in, when one was named."}}},"name":{"type":"string","minLength":1,"maxLength":128},"run_id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$","description":"Identifies one run (lineage); fixed for every checkpoint of the run."},"uint32":{"type":"integer","minimum":0,"maximum":4294967295},"counter":{"type":"integer","minimum":0,"maximum":9007199254740991},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Lowercase hex SHA-256 digest."},"source_format":{"type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*-[0-9]+\\.[0-9]+\\.[0-9]+$","maxLength":128,"description":"A source format outside the version chain, named with its own version, e.g. finbot-execution-1.0.0."},"format_name":{"oneOf":[{"$ref":"#/$defs/version_string"},{"$ref":"#/$defs/source_format"}]},"trading_state":{"enum":["active","halted","reducing"]},"slippage_model":{"oneOf":[{"type":"object","required":["model","bps"],"additionalProperties":false,"properties":{"model":{"const":"fixed_bps"},"bps":{"$ref":"#/$defs/decimal","description":"Slippage in basis points of the price."}}},{"type":"object","required":["model","probability","prob_fill_on_limit"],"additionalProperties":false,"properties":{"model":{"const":"probabilistic_tick"},"probability":{"$ref":"#/$defs/decimal","description":"Probability of slipping one tick."},"prob_fill_on_limit":{"$ref":"#/$defs/decimal","description":"Probability that a limit order fills when the price touches it."}}},{"$ref":"#/$defs/custom_model"}]},"commission_model":{"oneOf":[{"type":"object","required":["model","amount","currency"],"additionalProperties":false,"properties":{"model":{"const":"per_unit"},"amount":{"$ref":"#/$defs/decimal","description":"Commission per unit traded."},"currency":{"$ref":"#/$defs/currency"}}},{"type":"object","required":["model","amount","currency"],"additionalProperties":false,"properties":{"model":{"const":"per_order"},"amount":{"$ref":"#/$defs/decimal","description":"Commission per order."},"currency":{"$ref":"#/$defs/currency"}}},{"$ref":"#/$defs/custom_model"}]},"custom_model":{"type":"object","required":["model","name","params"],"additionalProperties":false,"properties":{"model":{"const":"custom"},"name":{"$ref":"#/$defs/name","description":"The model's name in its engine."},"params":{"type":"object","description":"The model's parameters, free-form; hashed."}}},"duration":{"$ref":"#/$defs/nonneg_decimal","description":"A duration in seconds."},"latency_model":{"type":"object","required":["profile","submit","fill_min","fill_max","cancel"],"additionalProperties":false,"properties":{"profile":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/name"}],"description":"A producer preset the durations came from (e.g. NORMAL), or null."},"submit":{"$ref":"#/$defs/duration","description":"Delay before a submitted order reaches the market."},"fill_min":{"$ref":"#/$defs/duration","description":"Shortest delay before a fill."},"fill_max":{"$ref":"#/$defs/duration","description":"Longest delay before a fill."},"cancel":{"$ref":"#/$defs/duration","description":"Delay before a cancellation takes effect."},"modify":{"$ref":"#/$defs/duration","description":"Delay before a modification takes effect."}}}}};
const schema32 = {"type":"string","pattern":"^[0-9a-f]{64}$","description":"Lowercase hex SHA-256 of the RFC 8785 canonical bytes of the hashed part: the document without checkpoint_id, created_at and provenance."};
const schema33 = {"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$","maxLength":30,"description":"RFC 3339 date-time in UTC with a literal 'Z', seconds always present, an optional fraction of 1-9 digits that does not end in 0. One spelling per instant."};
const schema34 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$","description":"Identifies one run (lineage); fixed for every checkpoint of the run."};
const schema40 = {"type":"string","minLength":1,"maxLength":64,"description":"Instrument identifier as the engine knows it."};
const schema76 = {"type":"integer","minimum":0,"maximum":4294967295};
const schema77 = {"type":"string","minLength":1,"maxLength":128};
const schema78 = {"type":"integer","minimum":0,"maximum":9007199254740991};
const schema82 = {"enum":["active","halted","reducing"]};
const schema39 = {"type":"string","pattern":"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters)."};
const schema121 = {"type":"string","pattern":"^[0-9a-f]{64}$","description":"Lowercase hex SHA-256 digest."};
const func5 = Object.prototype.hasOwnProperty;
const func0 = (__rt0.default ? __rt0 : { default: __rt0 }).default;
const func7 = (__rt1.default ? __rt1 : { default: __rt1 }).default;
const pattern4 = func0("^[0-9a-f]{64}$", "u");
const pattern5 = func0("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$", "u");
const pattern6 = func0("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$", "u");
const pattern36 = func0("^[a-z0-9][a-z0-9_.+*-]{0,63}$", "u");
const pattern10 = func0("^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$", "u");
const schema37 = {"type":"object","propertyNames":{"$ref":"#/$defs/currency"},"additionalProperties":{"$ref":"#/$defs/decimal"}};
const schema38 = {"type":"string","pattern":"^[A-Z][A-Z0-9]{2,9}$","description":"Currency or asset code: ISO 4217 where one exists (USD, EUR); 'XXX' means no currency recorded (migrated from 1.0)."};
const pattern9 = func0("^[A-Z][A-Z0-9]{2,9}$", "u");

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
if(!pattern9.test(key0)){
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
if(!pattern10.test(data0)){
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

const schema41 = {"type":"object","required":["quantity","avg_price","currency"],"additionalProperties":false,"properties":{"quantity":{"$ref":"#/$defs/decimal","description":"Signed quantity: negative is short."},"avg_price":{"$ref":"#/$defs/nonneg_decimal","description":"Average entry price."},"currency":{"$ref":"#/$defs/currency"},"last_price":{"$ref":"#/$defs/nonneg_decimal","description":"Mark price used for equity, when known."}}};
const schema43 = {"type":"string","pattern":"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical decimal that is zero or positive."};
const pattern12 = func0("^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$", "u");

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
if(!pattern10.test(data0)){
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
if(!pattern12.test(data1)){
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
if(!pattern9.test(data2)){
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
if(!pattern12.test(data3)){
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

const schema46 = {"type":"object","required":["order_id","symbol","side","type","quantity","time_in_force","status","filled_quantity","commission","currency","placed_at"],"additionalProperties":false,"properties":{"order_id":{"$ref":"#/$defs/ref"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"type":{"enum":["market","limit","stop","stop_limit","trailing_stop"]},"quantity":{"$ref":"#/$defs/decimal","description":"Ordered quantity, positive; the side gives the direction. A rejected order keeps the quantity it was given, of any sign."},"limit_price":{"$ref":"#/$defs/nonneg_decimal","description":"Present exactly for limit and stop_limit orders."},"stop_price":{"$ref":"#/$defs/nonneg_decimal","description":"Trigger price: required for stop and stop_limit, the current trigger for trailing_stop, absent otherwise."},"trail_amount":{"$ref":"#/$defs/pos_decimal","description":"trailing_stop only: trailing distance in price units."},"trail_percent":{"$ref":"#/$defs/pos_decimal","description":"trailing_stop only: trailing distance in percent."},"time_in_force":{"enum":["day","gtc","ioc","fok","gtd","opg","cls"]},"expire_at":{"$ref":"#/$defs/timestamp","description":"Present exactly when time_in_force is gtd."},"status":{"enum":["new","submitted","partially_filled","filled","cancelled","rejected","expired"]},"filled_quantity":{"$ref":"#/$defs/nonneg_decimal"},"avg_fill_price":{"$ref":"#/$defs/nonneg_decimal","description":"Volume-weighted average fill price; absent while nothing is filled, and may be absent when unknown."},"commission":{"$ref":"#/$defs/nonneg_decimal","description":"Total commission charged so far, in the order's currency."},"currency":{"$ref":"#/$defs/currency"},"placed_at":{"$ref":"#/$defs/timestamp","description":"When the order was created, in backtest or live time."},"submitted_at":{"$ref":"#/$defs/timestamp","description":"When the broker or simulator accepted the order for working."},"rejected_at":{"$ref":"#/$defs/timestamp","description":"When the order was rejected; rejected orders only."},"cancelled_at":{"$ref":"#/$defs/timestamp","description":"When the order was cancelled; cancelled orders only."},"rejection":{"type":"object","required":["code","message"],"additionalProperties":false,"description":"Why the order was rejected; rejected orders only.","properties":{"code":{"oneOf":[{"type":"null"},{"type":"string","pattern":"^[a-z][a-z0-9_]{0,63}$"}],"description":"Machine-readable reason, or null when the producer gives text only."},"message":{"oneOf":[{"type":"null"},{"type":"string","maxLength":4096}],"description":"The producer's text, or null."}}},"parent_id":{"$ref":"#/$defs/ref","description":"Bracket parent: this order is only active once the parent fills."},"oco_group":{"type":"string","minLength":1,"maxLength":128,"description":"Orders sharing an oco_group cancel each other when one fills."}},"allOf":[{"if":{"properties":{"type":{"enum":["limit","stop_limit"]}}},"then":{"required":["limit_price"]},"else":{"not":{"required":["limit_price"]}}},{"if":{"properties":{"type":{"enum":["stop","stop_limit"]}}},"then":{"required":["stop_price"]}},{"if":{"properties":{"type":{"enum":["market","limit"]}}},"then":{"not":{"required":["stop_price"]}}},{"if":{"properties":{"type":{"const":"trailing_stop"}}},"then":{"oneOf":[{"required":["trail_amount"]},{"required":["trail_percent"]}]},"else":{"not":{"anyOf":[{"required":["trail_amount"]},{"required":["trail_percent"]}]}}},{"if":{"properties":{"time_in_force":{"const":"gtd"}}},"then":{"required":["expire_at"]},"else":{"not":{"required":["expire_at"]}}},{"if":{"properties":{"status":{"const":"rejected"}}},"else":{"properties":{"quantity":{"$ref":"#/$defs/pos_decimal"}}}}]};
const schema47 = {"type":"string","pattern":"^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$","maxLength":400,"description":"Canonical decimal that is strictly positive."};
const schema48 = {"type":"string","minLength":1,"maxLength":128,"description":"An order or fill identifier, unique within its list."};
const schema50 = {"enum":["buy","sell"]};
const pattern15 = func0("^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$", "u");
const pattern30 = func0("^[a-z][a-z0-9_]{0,63}$", "u");

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
const _errs44 = errors;
let valid17 = true;
const _errs45 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if("rejected" !== data.status){
const err26 = {};
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
var _valid7 = _errs45 === errors;
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
if(!_valid7){
const _errs47 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.quantity !== undefined){
let data6 = data.quantity;
if(typeof data6 === "string"){
if((data6.length > 400 && func7(data6) > 400)){
const err27 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/pos_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern15.test(data6)){
const err28 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/pos_decimal/pattern",keyword:"pattern",params:{pattern: "^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/pos_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
var _valid7 = _errs47 === errors;
valid17 = _valid7;
if(valid17){
var props0 = {};
props0.quantity = true;
props0.status = true;
}
}
if(!valid17){
const err30 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.time_in_force = true;
props0.type = true;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.order_id === undefined){
const err31 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order_id"},message:"must have required property '"+"order_id"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.symbol === undefined){
const err32 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data.side === undefined){
const err33 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data.type === undefined){
const err34 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.quantity === undefined){
const err35 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data.time_in_force === undefined){
const err36 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time_in_force"},message:"must have required property '"+"time_in_force"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data.status === undefined){
const err37 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data.filled_quantity === undefined){
const err38 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "filled_quantity"},message:"must have required property '"+"filled_quantity"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data.commission === undefined){
const err39 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commission"},message:"must have required property '"+"commission"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data.currency === undefined){
const err40 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data.placed_at === undefined){
const err41 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "placed_at"},message:"must have required property '"+"placed_at"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema46.properties, key0))){
const err42 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.order_id !== undefined){
let data7 = data.order_id;
if(typeof data7 === "string"){
if((data7.length > 128 && func7(data7) > 128)){
const err43 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((data7.length < 1 || (data7.length < 2 && func7(data7) < 1))){
const err44 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/order_id",schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.symbol !== undefined){
let data8 = data.symbol;
if(typeof data8 === "string"){
if((data8.length > 64 && func7(data8) > 64)){
const err46 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((data8.length < 1 || (data8.length < 2 && func7(data8) < 1))){
const err47 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err48 = {instancePath:instancePath+"/symbol",schemaPath:"#/$defs/symbol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.side !== undefined){
let data9 = data.side;
if(!((data9 === "buy") || (data9 === "sell"))){
const err49 = {instancePath:instancePath+"/side",schemaPath:"#/$defs/side/enum",keyword:"enum",params:{allowedValues: schema50.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.type !== undefined){
let data10 = data.type;
if(!(((((data10 === "market") || (data10 === "limit")) || (data10 === "stop")) || (data10 === "stop_limit")) || (data10 === "trailing_stop"))){
const err50 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema46.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.quantity !== undefined){
let data11 = data.quantity;
if(typeof data11 === "string"){
if((data11.length > 400 && func7(data11) > 400)){
const err51 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern10.test(data11)){
const err52 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/quantity",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.limit_price !== undefined){
let data12 = data.limit_price;
if(typeof data12 === "string"){
if((data12.length > 400 && func7(data12) > 400)){
const err54 = {instancePath:instancePath+"/limit_price",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!pattern12.test(data12)){
const err55 = {instancePath:instancePath+"/limit_price",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/limit_price",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.stop_price !== undefined){
let data13 = data.stop_price;
if(typeof data13 === "string"){
if((data13.length > 400 && func7(data13) > 400)){
const err57 = {instancePath:instancePath+"/stop_price",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern12.test(data13)){
const err58 = {instancePath:instancePath+"/stop_price",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/stop_price",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.trail_amount !== undefined){
let data14 = data.trail_amount;
if(typeof data14 === "string"){
if((data14.length > 400 && func7(data14) > 400)){
const err60 = {instancePath:instancePath+"/trail_amount",schemaPath:"#/$defs/pos_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!pattern15.test(data14)){
const err61 = {instancePath:instancePath+"/trail_amount",schemaPath:"#/$defs/pos_decimal/pattern",keyword:"pattern",params:{pattern: "^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/trail_amount",schemaPath:"#/$defs/pos_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.trail_percent !== undefined){
let data15 = data.trail_percent;
if(typeof data15 === "string"){
if((data15.length > 400 && func7(data15) > 400)){
const err63 = {instancePath:instancePath+"/trail_percent",schemaPath:"#/$defs/pos_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(!pattern15.test(data15)){
const err64 = {instancePath:instancePath+"/trail_percent",schemaPath:"#/$defs/pos_decimal/pattern",keyword:"pattern",params:{pattern: "^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/trail_percent",schemaPath:"#/$defs/pos_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.time_in_force !== undefined){
let data16 = data.time_in_force;
if(!(((((((data16 === "day") || (data16 === "gtc")) || (data16 === "ioc")) || (data16 === "fok")) || (data16 === "gtd")) || (data16 === "opg")) || (data16 === "cls"))){
const err66 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/enum",keyword:"enum",params:{allowedValues: schema46.properties.time_in_force.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.expire_at !== undefined){
let data17 = data.expire_at;
if(typeof data17 === "string"){
if((data17.length > 30 && func7(data17) > 30)){
const err67 = {instancePath:instancePath+"/expire_at",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!pattern5.test(data17)){
const err68 = {instancePath:instancePath+"/expire_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/expire_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.status !== undefined){
let data18 = data.status;
if(!(((((((data18 === "new") || (data18 === "submitted")) || (data18 === "partially_filled")) || (data18 === "filled")) || (data18 === "cancelled")) || (data18 === "rejected")) || (data18 === "expired"))){
const err70 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema46.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.filled_quantity !== undefined){
let data19 = data.filled_quantity;
if(typeof data19 === "string"){
if((data19.length > 400 && func7(data19) > 400)){
const err71 = {instancePath:instancePath+"/filled_quantity",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!pattern12.test(data19)){
const err72 = {instancePath:instancePath+"/filled_quantity",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/filled_quantity",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.avg_fill_price !== undefined){
let data20 = data.avg_fill_price;
if(typeof data20 === "string"){
if((data20.length > 400 && func7(data20) > 400)){
const err74 = {instancePath:instancePath+"/avg_fill_price",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(!pattern12.test(data20)){
const err75 = {instancePath:instancePath+"/avg_fill_price",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err76 = {instancePath:instancePath+"/avg_fill_price",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.commission !== undefined){
let data21 = data.commission;
if(typeof data21 === "string"){
if((data21.length > 400 && func7(data21) > 400)){
const err77 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/nonneg_decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!pattern12.test(data21)){
const err78 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/nonneg_decimal/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err79 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/nonneg_decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.currency !== undefined){
let data22 = data.currency;
if(typeof data22 === "string"){
if(!pattern9.test(data22)){
const err80 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]{2,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]{2,9}$"+"\""};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.placed_at !== undefined){
let data23 = data.placed_at;
if(typeof data23 === "string"){
if((data23.length > 30 && func7(data23) > 30)){
const err82 = {instancePath:instancePath+"/placed_at",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(!pattern5.test(data23)){
const err83 = {instancePath:instancePath+"/placed_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/placed_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.submitted_at !== undefined){
let data24 = data.submitted_at;
if(typeof data24 === "string"){
if((data24.length > 30 && func7(data24) > 30)){
const err85 = {instancePath:instancePath+"/submitted_at",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!pattern5.test(data24)){
const err86 = {instancePath:instancePath+"/submitted_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/submitted_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.rejected_at !== undefined){
let data25 = data.rejected_at;
if(typeof data25 === "string"){
if((data25.length > 30 && func7(data25) > 30)){
const err88 = {instancePath:instancePath+"/rejected_at",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!pattern5.test(data25)){
const err89 = {instancePath:instancePath+"/rejected_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/rejected_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.cancelled_at !== undefined){
let data26 = data.cancelled_at;
if(typeof data26 === "string"){
if((data26.length > 30 && func7(data26) > 30)){
const err91 = {instancePath:instancePath+"/cancelled_at",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!pattern5.test(data26)){
const err92 = {instancePath:instancePath+"/cancelled_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/cancelled_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.rejection !== undefined){
let data27 = data.rejection;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.code === undefined){
const err94 = {instancePath:instancePath+"/rejection",schemaPath:"#/properties/rejection/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data27.message === undefined){
const err95 = {instancePath:instancePath+"/rejection",schemaPath:"#/properties/rejection/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
for(const key1 in data27){
if(!((key1 === "code") || (key1 === "message"))){
const err96 = {instancePath:instancePath+"/rejection",schemaPath:"#/properties/rejection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data27.code !== undefined){
let data28 = data27.code;
const _errs109 = errors;
let valid40 = false;
let passing1 = null;
const _errs110 = errors;
if(data28 !== null){
const err97 = {instancePath:instancePath+"/rejection/code",schemaPath:"#/properties/rejection/properties/code/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid8 = _errs110 === errors;
if(_valid8){
valid40 = true;
passing1 = 0;
}
const _errs112 = errors;
if(typeof data28 === "string"){
if(!pattern30.test(data28)){
const err98 = {instancePath:instancePath+"/rejection/code",schemaPath:"#/properties/rejection/properties/code/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/rejection/code",schemaPath:"#/properties/rejection/properties/code/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid8 = _errs112 === errors;
if(_valid8 && valid40){
valid40 = false;
passing1 = [passing1, 1];
}
else {
if(_valid8){
valid40 = true;
passing1 = 1;
}
}
if(!valid40){
const err100 = {instancePath:instancePath+"/rejection/code",schemaPath:"#/properties/rejection/properties/code/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
else {
errors = _errs109;
if(vErrors !== null){
if(_errs109){
vErrors.length = _errs109;
}
else {
vErrors = null;
}
}
}
}
if(data27.message !== undefined){
let data29 = data27.message;
const _errs115 = errors;
let valid41 = false;
let passing2 = null;
const _errs116 = errors;
if(data29 !== null){
const err101 = {instancePath:instancePath+"/rejection/message",schemaPath:"#/properties/rejection/properties/message/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
var _valid9 = _errs116 === errors;
if(_valid9){
valid41 = true;
passing2 = 0;
}
const _errs118 = errors;
if(typeof data29 === "string"){
if((data29.length > 4096 && func7(data29) > 4096)){
const err102 = {instancePath:instancePath+"/rejection/message",schemaPath:"#/properties/rejection/properties/message/oneOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/rejection/message",schemaPath:"#/properties/rejection/properties/message/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid9 = _errs118 === errors;
if(_valid9 && valid41){
valid41 = false;
passing2 = [passing2, 1];
}
else {
if(_valid9){
valid41 = true;
passing2 = 1;
}
}
if(!valid41){
const err104 = {instancePath:instancePath+"/rejection/message",schemaPath:"#/properties/rejection/properties/message/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
else {
errors = _errs115;
if(vErrors !== null){
if(_errs115){
vErrors.length = _errs115;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err105 = {instancePath:instancePath+"/rejection",schemaPath:"#/properties/rejection/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.parent_id !== undefined){
let data30 = data.parent_id;
if(typeof data30 === "string"){
if((data30.length > 128 && func7(data30) > 128)){
const err106 = {instancePath:instancePath+"/parent_id",schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((data30.length < 1 || (data30.length < 2 && func7(data30) < 1))){
const err107 = {instancePath:instancePath+"/parent_id",schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/parent_id",schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.oco_group !== undefined){
let data31 = data.oco_group;
if(typeof data31 === "string"){
if((data31.length > 128 && func7(data31) > 128)){
const err109 = {instancePath:instancePath+"/oco_group",schemaPath:"#/properties/oco_group/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if((data31.length < 1 || (data31.length < 2 && func7(data31) < 1))){
const err110 = {instancePath:instancePath+"/oco_group",schemaPath:"#/properties/oco_group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/oco_group",schemaPath:"#/properties/oco_group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = {"type":"object","required":["fill_id","order_id","symbol","side","quantity","price","commission","currency","timestamp"],"additionalProperties":false,"properties":{"fill_id":{"$ref":"#/$defs/ref"},"order_id":{"$ref":"#/$defs/ref"},"symbol":{"$ref":"#/$defs/symbol"},"side":{"$ref":"#/$defs/side"},"quantity":{"$ref":"#/$defs/pos_decimal"},"price":{"$ref":"#/$defs/nonneg_decimal"},"commission":{"$ref":"#/$defs/nonneg_decimal"},"currency":{"$ref":"#/$defs/currency"},"timestamp":{"$ref":"#/$defs/timestamp"},"partial":{"type":"boolean","description":"The producer's own flag: this fill left the order partially filled."},"liquidity":{"enum":["maker","taker"],"description":"Whether the fill added or took liquidity."}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
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
if(!(func5.call(schema66.properties, key0))){
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
const err19 = {instancePath:instancePath+"/side",schemaPath:"#/$defs/side/enum",keyword:"enum",params:{allowedValues: schema50.enum},message:"must be equal to one of the allowed values"};
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
if(!pattern15.test(data4)){
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
if(!pattern12.test(data5)){
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
if(!pattern12.test(data6)){
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
if(!pattern9.test(data7)){
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
if(data.partial !== undefined){
if(typeof data.partial !== "boolean"){
const err34 = {instancePath:instancePath+"/partial",schemaPath:"#/properties/partial/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.liquidity !== undefined){
let data10 = data.liquidity;
if(!((data10 === "maker") || (data10 === "taker"))){
const err35 = {instancePath:instancePath+"/liquidity",schemaPath:"#/properties/liquidity/enum",keyword:"enum",params:{allowedValues: schema66.properties.liquidity.enum},message:"must be equal to one of the allowed values"};
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
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema91 = {"oneOf":[{"type":"object","required":["model","bps"],"additionalProperties":false,"properties":{"model":{"const":"fixed_bps"},"bps":{"$ref":"#/$defs/decimal","description":"Slippage in basis points of the price."}}},{"type":"object","required":["model","probability","prob_fill_on_limit"],"additionalProperties":false,"properties":{"model":{"const":"probabilistic_tick"},"probability":{"$ref":"#/$defs/decimal","description":"Probability of slipping one tick."},"prob_fill_on_limit":{"$ref":"#/$defs/decimal","description":"Probability that a limit order fills when the price touches it."}}},{"$ref":"#/$defs/custom_model"}]};
const schema95 = {"type":"object","required":["model","name","params"],"additionalProperties":false,"properties":{"model":{"const":"custom"},"name":{"$ref":"#/$defs/name","description":"The model's name in its engine."},"params":{"type":"object","description":"The model's parameters, free-form; hashed."}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.model === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.params === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "params"},message:"must have required property '"+"params"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "model") || (key0 === "name")) || (key0 === "params"))){
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
if(data.model !== undefined){
if("custom" !== data.model){
const err4 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/const",keyword:"const",params:{allowedValue: "custom"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if((data1.length > 128 && func7(data1) > 128)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data1.length < 1 || (data1.length < 2 && func7(data1) < 1))){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.params !== undefined){
let data2 = data.params;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err8 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
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
if(data.model === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.bps === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "bps"},message:"must have required property '"+"bps"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "model") || (key0 === "bps"))){
const err2 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.model !== undefined){
if("fixed_bps" !== data.model){
const err3 = {instancePath:instancePath+"/model",schemaPath:"#/oneOf/0/properties/model/const",keyword:"const",params:{allowedValue: "fixed_bps"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.bps !== undefined){
let data1 = data.bps;
if(typeof data1 === "string"){
if((data1.length > 400 && func7(data1) > 400)){
const err4 = {instancePath:instancePath+"/bps",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern10.test(data1)){
const err5 = {instancePath:instancePath+"/bps",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err6 = {instancePath:instancePath+"/bps",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.model === undefined){
const err8 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.probability === undefined){
const err9 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "probability"},message:"must have required property '"+"probability"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.prob_fill_on_limit === undefined){
const err10 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "prob_fill_on_limit"},message:"must have required property '"+"prob_fill_on_limit"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data){
if(!(((key1 === "model") || (key1 === "probability")) || (key1 === "prob_fill_on_limit"))){
const err11 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.model !== undefined){
if("probabilistic_tick" !== data.model){
const err12 = {instancePath:instancePath+"/model",schemaPath:"#/oneOf/1/properties/model/const",keyword:"const",params:{allowedValue: "probabilistic_tick"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.probability !== undefined){
let data3 = data.probability;
if(typeof data3 === "string"){
if((data3.length > 400 && func7(data3) > 400)){
const err13 = {instancePath:instancePath+"/probability",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern10.test(data3)){
const err14 = {instancePath:instancePath+"/probability",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err15 = {instancePath:instancePath+"/probability",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.prob_fill_on_limit !== undefined){
let data4 = data.prob_fill_on_limit;
if(typeof data4 === "string"){
if((data4.length > 400 && func7(data4) > 400)){
const err16 = {instancePath:instancePath+"/prob_fill_on_limit",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern10.test(data4)){
const err17 = {instancePath:instancePath+"/prob_fill_on_limit",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err18 = {instancePath:instancePath+"/prob_fill_on_limit",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err19 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
const _errs18 = errors;
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
}
}
if(!valid0){
const err20 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
validate35.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate35.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema97 = {"oneOf":[{"type":"object","required":["model","amount","currency"],"additionalProperties":false,"properties":{"model":{"const":"per_unit"},"amount":{"$ref":"#/$defs/decimal","description":"Commission per unit traded."},"currency":{"$ref":"#/$defs/currency"}}},{"type":"object","required":["model","amount","currency"],"additionalProperties":false,"properties":{"model":{"const":"per_order"},"amount":{"$ref":"#/$defs/decimal","description":"Commission per order."},"currency":{"$ref":"#/$defs/currency"}}},{"$ref":"#/$defs/custom_model"}]};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
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
if(data.model === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.amount === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.currency === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "model") || (key0 === "amount")) || (key0 === "currency"))){
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
if(data.model !== undefined){
if("per_unit" !== data.model){
const err4 = {instancePath:instancePath+"/model",schemaPath:"#/oneOf/0/properties/model/const",keyword:"const",params:{allowedValue: "per_unit"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.amount !== undefined){
let data1 = data.amount;
if(typeof data1 === "string"){
if((data1.length > 400 && func7(data1) > 400)){
const err5 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern10.test(data1)){
const err6 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err7 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.currency !== undefined){
let data2 = data.currency;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err8 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]{2,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]{2,9}$"+"\""};
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
const err9 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err10 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.model === undefined){
const err11 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.amount === undefined){
const err12 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.currency === undefined){
const err13 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data){
if(!(((key1 === "model") || (key1 === "amount")) || (key1 === "currency"))){
const err14 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.model !== undefined){
if("per_order" !== data.model){
const err15 = {instancePath:instancePath+"/model",schemaPath:"#/oneOf/1/properties/model/const",keyword:"const",params:{allowedValue: "per_order"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.amount !== undefined){
let data4 = data.amount;
if(typeof data4 === "string"){
if((data4.length > 400 && func7(data4) > 400)){
const err16 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern10.test(data4)){
const err17 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err18 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.currency !== undefined){
let data5 = data.currency;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err19 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]{2,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]{2,9}$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err21 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs11 === errors;
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
const _errs21 = errors;
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
}
}
if(!valid0){
const err22 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
validate39.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate39.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema102 = {"type":"object","required":["profile","submit","fill_min","fill_max","cancel"],"additionalProperties":false,"properties":{"profile":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/name"}],"description":"A producer preset the durations came from (e.g. NORMAL), or null."},"submit":{"$ref":"#/$defs/duration","description":"Delay before a submitted order reaches the market."},"fill_min":{"$ref":"#/$defs/duration","description":"Shortest delay before a fill."},"fill_max":{"$ref":"#/$defs/duration","description":"Longest delay before a fill."},"cancel":{"$ref":"#/$defs/duration","description":"Delay before a cancellation takes effect."},"modify":{"$ref":"#/$defs/duration","description":"Delay before a modification takes effect."}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.profile === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "profile"},message:"must have required property '"+"profile"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.submit === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "submit"},message:"must have required property '"+"submit"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fill_min === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fill_min"},message:"must have required property '"+"fill_min"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.fill_max === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fill_max"},message:"must have required property '"+"fill_max"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.cancel === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cancel"},message:"must have required property '"+"cancel"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "profile") || (key0 === "submit")) || (key0 === "fill_min")) || (key0 === "fill_max")) || (key0 === "cancel")) || (key0 === "modify"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.profile !== undefined){
let data0 = data.profile;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(data0 !== null){
const err6 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs6 = errors;
if(typeof data0 === "string"){
if((data0.length > 128 && func7(data0) > 128)){
const err7 = {instancePath:instancePath+"/profile",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data0.length < 1 || (data0.length < 2 && func7(data0) < 1))){
const err8 = {instancePath:instancePath+"/profile",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err9 = {instancePath:instancePath+"/profile",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err10 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
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
if(data.submit !== undefined){
let data1 = data.submit;
if(typeof data1 === "string"){
if((data1.length > 400 && func7(data1) > 400)){
const err11 = {instancePath:instancePath+"/submit",schemaPath:"#/$defs/duration/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern12.test(data1)){
const err12 = {instancePath:instancePath+"/submit",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err13 = {instancePath:instancePath+"/submit",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.fill_min !== undefined){
let data2 = data.fill_min;
if(typeof data2 === "string"){
if((data2.length > 400 && func7(data2) > 400)){
const err14 = {instancePath:instancePath+"/fill_min",schemaPath:"#/$defs/duration/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern12.test(data2)){
const err15 = {instancePath:instancePath+"/fill_min",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err16 = {instancePath:instancePath+"/fill_min",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.fill_max !== undefined){
let data3 = data.fill_max;
if(typeof data3 === "string"){
if((data3.length > 400 && func7(data3) > 400)){
const err17 = {instancePath:instancePath+"/fill_max",schemaPath:"#/$defs/duration/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern12.test(data3)){
const err18 = {instancePath:instancePath+"/fill_max",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err19 = {instancePath:instancePath+"/fill_max",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.cancel !== undefined){
let data4 = data.cancel;
if(typeof data4 === "string"){
if((data4.length > 400 && func7(data4) > 400)){
const err20 = {instancePath:instancePath+"/cancel",schemaPath:"#/$defs/duration/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern12.test(data4)){
const err21 = {instancePath:instancePath+"/cancel",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err22 = {instancePath:instancePath+"/cancel",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.modify !== undefined){
let data5 = data.modify;
if(typeof data5 === "string"){
if((data5.length > 400 && func7(data5) > 400)){
const err23 = {instancePath:instancePath+"/modify",schemaPath:"#/$defs/duration/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern12.test(data5)){
const err24 = {instancePath:instancePath+"/modify",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
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
const err25 = {instancePath:instancePath+"/modify",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema109 = {"type":"object","required":["from","to","patch"],"additionalProperties":false,"description":"Data of an older version with no home in this one, kept so a downgrade restores the original exactly.","properties":{"from":{"$ref":"#/$defs/format_name"},"to":{"$ref":"#/$defs/version_string"},"patch":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/patch_op"},"description":"RFC 6902 operations that turn the plain downgrade of this document into the original older document."},"member_order":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/json_pointer"},"additionalProperties":{"type":"array","items":{"type":"string"}},"description":"Member order of the objects at these pointers of the older document, where it differs from the order the plain downgrade writes. Hashed."}}};
const schema111 = {"type":"string","pattern":"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"};
const schema115 = {"type":"string","pattern":"^(/([^~/]|~[01])*)+$"};
const schema110 = {"oneOf":[{"$ref":"#/$defs/version_string"},{"$ref":"#/$defs/source_format"}]};
const schema112 = {"type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*-[0-9]+\\.[0-9]+\\.[0-9]+$","maxLength":128,"description":"A source format outside the version chain, named with its own version, e.g. finbot-execution-1.0.0."};
const pattern57 = func0("^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$", "u");
const pattern58 = func0("^[a-z][a-z0-9]*(-[a-z0-9]+)*-[0-9]+\\.[0-9]+\\.[0-9]+$", "u");

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
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
if(typeof data === "string"){
if(!pattern57.test(data)){
const err0 = {instancePath,schemaPath:"#/$defs/version_string/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"+"\""};
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
const err1 = {instancePath,schemaPath:"#/$defs/version_string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(typeof data === "string"){
if((data.length > 128 && func7(data) > 128)){
const err2 = {instancePath,schemaPath:"#/$defs/source_format/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern58.test(data)){
const err3 = {instancePath,schemaPath:"#/$defs/source_format/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*-[0-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*-[0-9]+\\.[0-9]+\\.[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/source_format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema114 = {"oneOf":[{"type":"object","required":["op","path","value"],"additionalProperties":false,"properties":{"op":{"enum":["add","replace"]},"path":{"$ref":"#/$defs/json_pointer"},"value":true}},{"type":"object","required":["op","path"],"additionalProperties":false,"properties":{"op":{"const":"remove"},"path":{"$ref":"#/$defs/json_pointer"}}}]};
const pattern60 = func0("^(/([^~/]|~[01])*)+$", "u");

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
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
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/oneOf/0/properties/op/enum",keyword:"enum",params:{allowedValues: schema114.oneOf[0].properties.op.enum},message:"must be equal to one of the allowed values"};
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
if(!pattern60.test(data1)){
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
if(!pattern60.test(data3)){
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
validate47.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate47.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
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
if(!((((key0 === "from") || (key0 === "to")) || (key0 === "patch")) || (key0 === "member_order"))){
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
if(!(validate45(data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
if(data.to !== undefined){
let data1 = data.to;
if(typeof data1 === "string"){
if(!pattern57.test(data1)){
const err4 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/version_string/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"+"\""};
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
const err5 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/version_string/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.patch !== undefined){
let data2 = data.patch;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/patch",schemaPath:"#/properties/patch/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate47(data2[i0], {instancePath:instancePath+"/patch/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/patch",schemaPath:"#/properties/patch/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.member_order !== undefined){
let data4 = data.member_order;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err8 = {instancePath:instancePath+"/member_order",schemaPath:"#/properties/member_order/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data4){
const _errs11 = errors;
if(typeof key1 === "string"){
if(!pattern60.test(key1)){
const err9 = {instancePath:instancePath+"/member_order",schemaPath:"#/$defs/json_pointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~/]|~[01])*)+$"},message:"must match pattern \""+"^(/([^~/]|~[01])*)+$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/member_order",schemaPath:"#/$defs/json_pointer/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid4 = _errs11 === errors;
if(!valid4){
const err11 = {instancePath:instancePath+"/member_order",schemaPath:"#/properties/member_order/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data4){
let data5 = data4[key2];
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(typeof data5[i1] !== "string"){
const err12 = {instancePath:instancePath+"/member_order/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/properties/member_order/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err13 = {instancePath:instancePath+"/member_order/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/member_order/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err14 = {instancePath:instancePath+"/member_order",schemaPath:"#/properties/member_order/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema118 = {"type":"object","required":["source_version","source_id","steps"],"additionalProperties":false,"description":"Where a migrated document came from. Not hashed: identity is the state alone.","properties":{"source_version":{"$ref":"#/$defs/format_name"},"source_id":{"$ref":"#/$defs/checkpoint_id"},"source_created_at":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$","description":"The source's created_at, kept when the upgrade had to rewrite it."},"steps":{"type":"array","minItems":1,"items":{"type":"object","required":["from","to"],"additionalProperties":false,"properties":{"from":{"$ref":"#/$defs/format_name"},"to":{"$ref":"#/$defs/format_name"}}}},"source_layout":{"type":"object","required":["newline"],"additionalProperties":false,"description":"How the source file was laid out, where that is not the source format's default; absent otherwise.","properties":{"newline":{"const":"crlf","description":"Lines end in CR LF."}}},"assumed_zone":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$","maxLength":64,"description":"The IANA time zone the source's times without offset were read in, when one was named."}}};
const pattern64 = func0("^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$", "u");
const pattern65 = func0("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$", "u");

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
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
if(!((((((key0 === "source_version") || (key0 === "source_id")) || (key0 === "source_created_at")) || (key0 === "steps")) || (key0 === "source_layout")) || (key0 === "assumed_zone"))){
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
if(!(validate45(data.source_version, {instancePath:instancePath+"/source_version",parentData:data,parentDataProperty:"source_version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
if(data.source_id !== undefined){
let data1 = data.source_id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/source_id",schemaPath:"#/$defs/checkpoint_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err5 = {instancePath:instancePath+"/source_id",schemaPath:"#/$defs/checkpoint_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.source_created_at !== undefined){
let data2 = data.source_created_at;
if(typeof data2 === "string"){
if(!pattern64.test(data2)){
const err6 = {instancePath:instancePath+"/source_created_at",schemaPath:"#/properties/source_created_at/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$"+"\""};
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
const err7 = {instancePath:instancePath+"/source_created_at",schemaPath:"#/properties/source_created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.steps !== undefined){
let data3 = data.steps;
if(Array.isArray(data3)){
if(data3.length < 1){
const err8 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.from === undefined){
const err9 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.to === undefined){
const err10 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "from") || (key1 === "to"))){
const err11 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.from !== undefined){
if(!(validate45(data4.from, {instancePath:instancePath+"/steps/" + i0+"/from",parentData:data4,parentDataProperty:"from",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
if(data4.to !== undefined){
if(!(validate45(data4.to, {instancePath:instancePath+"/steps/" + i0+"/to",parentData:data4,parentDataProperty:"to",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err13 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.source_layout !== undefined){
let data7 = data.source_layout;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.newline === undefined){
const err14 = {instancePath:instancePath+"/source_layout",schemaPath:"#/properties/source_layout/required",keyword:"required",params:{missingProperty: "newline"},message:"must have required property '"+"newline"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data7){
if(!(key2 === "newline")){
const err15 = {instancePath:instancePath+"/source_layout",schemaPath:"#/properties/source_layout/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.newline !== undefined){
if("crlf" !== data7.newline){
const err16 = {instancePath:instancePath+"/source_layout/newline",schemaPath:"#/properties/source_layout/properties/newline/const",keyword:"const",params:{allowedValue: "crlf"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/source_layout",schemaPath:"#/properties/source_layout/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.assumed_zone !== undefined){
let data9 = data.assumed_zone;
if(typeof data9 === "string"){
if((data9.length > 64 && func7(data9) > 64)){
const err18 = {instancePath:instancePath+"/assumed_zone",schemaPath:"#/properties/assumed_zone/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern65.test(data9)){
const err19 = {instancePath:instancePath+"/assumed_zone",schemaPath:"#/properties/assumed_zone/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/assumed_zone",schemaPath:"#/properties/assumed_zone/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://state-checkpoint.dev/schemas/v4.schema.json" */;
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
if(data.run_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.parent_id === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parent_id"},message:"must have required property '"+"parent_id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.sequence === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.timestamp === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.portfolio_state === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "portfolio_state"},message:"must have required property '"+"portfolio_state"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.order_state === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order_state"},message:"must have required property '"+"order_state"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.engine_state === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "engine_state"},message:"must have required property '"+"engine_state"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.account === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "account"},message:"must have required property '"+"account"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.risk === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "risk"},message:"must have required property '"+"risk"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.execution_model === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution_model"},message:"must have required property '"+"execution_model"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.strategy_state === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "strategy_state"},message:"must have required property '"+"strategy_state"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.fingerprint === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fingerprint"},message:"must have required property '"+"fingerprint"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.metadata === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema31.properties, key0))){
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
if(data.checkpoint_id !== undefined){
let data0 = data.checkpoint_id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err18 = {instancePath:instancePath+"/checkpoint_id",schemaPath:"#/$defs/checkpoint_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err19 = {instancePath:instancePath+"/checkpoint_id",schemaPath:"#/$defs/checkpoint_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.version !== undefined){
if("4.0" !== data.version){
const err20 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: "4.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if((data2.length > 30 && func7(data2) > 30)){
const err21 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern5.test(data2)){
const err22 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
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
const err23 = {instancePath:instancePath+"/created_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.strategy_name !== undefined){
let data3 = data.strategy_name;
if(typeof data3 === "string"){
if((data3.length > 256 && func7(data3) > 256)){
const err24 = {instancePath:instancePath+"/strategy_name",schemaPath:"#/properties/strategy_name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((data3.length < 1 || (data3.length < 2 && func7(data3) < 1))){
const err25 = {instancePath:instancePath+"/strategy_name",schemaPath:"#/properties/strategy_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err26 = {instancePath:instancePath+"/strategy_name",schemaPath:"#/properties/strategy_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.run_id !== undefined){
let data4 = data.run_id;
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err27 = {instancePath:instancePath+"/run_id",schemaPath:"#/$defs/run_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"+"\""};
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
const err28 = {instancePath:instancePath+"/run_id",schemaPath:"#/$defs/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.parent_id !== undefined){
let data5 = data.parent_id;
const _errs15 = errors;
let valid4 = false;
let passing0 = null;
const _errs16 = errors;
if(data5 !== null){
const err29 = {instancePath:instancePath+"/parent_id",schemaPath:"#/properties/parent_id/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs16 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs18 = errors;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err30 = {instancePath:instancePath+"/parent_id",schemaPath:"#/$defs/checkpoint_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err31 = {instancePath:instancePath+"/parent_id",schemaPath:"#/$defs/checkpoint_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err32 = {instancePath:instancePath+"/parent_id",schemaPath:"#/properties/parent_id/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.timestamp !== undefined){
let data6 = data.timestamp;
if(typeof data6 === "string"){
if((data6.length > 30 && func7(data6) > 30)){
const err33 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern5.test(data6)){
const err34 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
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
const err35 = {instancePath:instancePath+"/timestamp",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.sequence !== undefined){
let data7 = data.sequence;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err36 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 9007199254740991 || isNaN(data7)){
const err37 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err38 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.portfolio_state !== undefined){
let data8 = data.portfolio_state;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.cash === undefined){
const err39 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/required",keyword:"required",params:{missingProperty: "cash"},message:"must have required property '"+"cash"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data8.positions === undefined){
const err40 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/required",keyword:"required",params:{missingProperty: "positions"},message:"must have required property '"+"positions"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key1 in data8){
if(!(((key1 === "cash") || (key1 === "positions")) || (key1 === "equity"))){
const err41 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data8.cash !== undefined){
if(!(validate21(data8.cash, {instancePath:instancePath+"/portfolio_state/cash",parentData:data8,parentDataProperty:"cash",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data8.positions !== undefined){
let data10 = data8.positions;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
const _errs32 = errors;
if(typeof key2 === "string"){
if((key2.length > 64 && func7(key2) > 64)){
const err42 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/$defs/symbol/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key2};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((key2.length < 1 || (key2.length < 2 && func7(key2) < 1))){
const err43 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/$defs/symbol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key2};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/$defs/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key2};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var valid8 = _errs32 === errors;
if(!valid8){
const err45 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/properties/portfolio_state/properties/positions/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
for(const key3 in data10){
if(!(validate23(data10[key3], {instancePath:instancePath+"/portfolio_state/positions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err46 = {instancePath:instancePath+"/portfolio_state/positions",schemaPath:"#/properties/portfolio_state/properties/positions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data8.equity !== undefined){
if(!(validate21(data8.equity, {instancePath:instancePath+"/portfolio_state/equity",parentData:data8,parentDataProperty:"equity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err47 = {instancePath:instancePath+"/portfolio_state",schemaPath:"#/properties/portfolio_state/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.order_state !== undefined){
let data13 = data.order_state;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.orders === undefined){
const err48 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/required",keyword:"required",params:{missingProperty: "orders"},message:"must have required property '"+"orders"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data13.completed === undefined){
const err49 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/required",keyword:"required",params:{missingProperty: "completed"},message:"must have required property '"+"completed"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data13.fills === undefined){
const err50 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/required",keyword:"required",params:{missingProperty: "fills"},message:"must have required property '"+"fills"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key4 in data13){
if(!(((key4 === "orders") || (key4 === "completed")) || (key4 === "fills"))){
const err51 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data13.orders !== undefined){
let data14 = data13.orders;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data14[i0], {instancePath:instancePath+"/order_state/orders/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err52 = {instancePath:instancePath+"/order_state/orders",schemaPath:"#/properties/order_state/properties/orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data13.completed !== undefined){
let data16 = data13.completed;
if(Array.isArray(data16)){
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
if(!(validate26(data16[i1], {instancePath:instancePath+"/order_state/completed/" + i1,parentData:data16,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err53 = {instancePath:instancePath+"/order_state/completed",schemaPath:"#/properties/order_state/properties/completed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data13.fills !== undefined){
let data18 = data13.fills;
if(Array.isArray(data18)){
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
if(!(validate29(data18[i2], {instancePath:instancePath+"/order_state/fills/" + i2,parentData:data18,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err54 = {instancePath:instancePath+"/order_state/fills",schemaPath:"#/properties/order_state/properties/fills/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/order_state",schemaPath:"#/properties/order_state/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.engine_state !== undefined){
let data20 = data.engine_state;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.rng === undefined){
const err56 = {instancePath:instancePath+"/engine_state",schemaPath:"#/properties/engine_state/required",keyword:"required",params:{missingProperty: "rng"},message:"must have required property '"+"rng"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data20.feeds === undefined){
const err57 = {instancePath:instancePath+"/engine_state",schemaPath:"#/properties/engine_state/required",keyword:"required",params:{missingProperty: "feeds"},message:"must have required property '"+"feeds"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data20.counters === undefined){
const err58 = {instancePath:instancePath+"/engine_state",schemaPath:"#/properties/engine_state/required",keyword:"required",params:{missingProperty: "counters"},message:"must have required property '"+"counters"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data20.held_orders === undefined){
const err59 = {instancePath:instancePath+"/engine_state",schemaPath:"#/properties/engine_state/required",keyword:"required",params:{missingProperty: "held_orders"},message:"must have required property '"+"held_orders"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key5 in data20){
if(!((((key5 === "rng") || (key5 === "feeds")) || (key5 === "counters")) || (key5 === "held_orders"))){
const err60 = {instancePath:instancePath+"/engine_state",schemaPath:"#/properties/engine_state/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data20.rng !== undefined){
let data21 = data20.rng;
const _errs54 = errors;
let valid19 = false;
let passing1 = null;
const _errs55 = errors;
if(data21 !== null){
const err61 = {instancePath:instancePath+"/engine_state/rng",schemaPath:"#/properties/engine_state/properties/rng/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid1 = _errs55 === errors;
if(_valid1){
valid19 = true;
passing1 = 0;
}
const _errs57 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.algorithm === undefined){
const err62 = {instancePath:instancePath+"/engine_state/rng",schemaPath:"#/properties/engine_state/properties/rng/oneOf/1/required",keyword:"required",params:{missingProperty: "algorithm"},message:"must have required property '"+"algorithm"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data21.state === undefined){
const err63 = {instancePath:instancePath+"/engine_state/rng",schemaPath:"#/properties/engine_state/properties/rng/oneOf/1/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key6 in data21){
if(!((key6 === "algorithm") || (key6 === "state"))){
const err64 = {instancePath:instancePath+"/engine_state/rng",schemaPath:"#/properties/engine_state/properties/rng/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data21.algorithm !== undefined){
let data22 = data21.algorithm;
if(typeof data22 === "string"){
if(!pattern36.test(data22)){
const err65 = {instancePath:instancePath+"/engine_state/rng/algorithm",schemaPath:"#/properties/engine_state/properties/rng/oneOf/1/properties/algorithm/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_.+*-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_.+*-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/engine_state/rng/algorithm",schemaPath:"#/properties/engine_state/properties/rng/oneOf/1/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data21.state !== undefined){
let data23 = data21.state;
if(Array.isArray(data23)){
if(data23.length > 4096){
const err67 = {instancePath:instancePath+"/engine_state/rng/state",schemaPath:"#/properties/engine_state/properties/rng/oneOf/1/properties/state/maxItems",keyword:"maxItems",params:{limit: 4096},message:"must NOT have more than 4096 items"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data23.length < 1){
const err68 = {instancePath:instancePath+"/engine_state/rng/state",schemaPath:"#/properties/engine_state/properties/rng/oneOf/1/properties/state/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
const len3 = data23.length;
for(let i3=0; i3<len3; i3++){
let data24 = data23[i3];
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err69 = {instancePath:instancePath+"/engine_state/rng/state/" + i3,schemaPath:"#/$defs/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 4294967295 || isNaN(data24)){
const err70 = {instancePath:instancePath+"/engine_state/rng/state/" + i3,schemaPath:"#/$defs/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err71 = {instancePath:instancePath+"/engine_state/rng/state/" + i3,schemaPath:"#/$defs/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
else {
const err72 = {instancePath:instancePath+"/engine_state/rng/state",schemaPath:"#/properties/engine_state/properties/rng/oneOf/1/properties/state/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/engine_state/rng",schemaPath:"#/properties/engine_state/properties/rng/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid1 = _errs57 === errors;
if(_valid1 && valid19){
valid19 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid19 = true;
passing1 = 1;
}
}
if(!valid19){
const err74 = {instancePath:instancePath+"/engine_state/rng",schemaPath:"#/properties/engine_state/properties/rng/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
}
if(data20.feeds !== undefined){
let data25 = data20.feeds;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key7 in data25){
const _errs69 = errors;
if(typeof key7 === "string"){
if((key7.length > 128 && func7(key7) > 128)){
const err75 = {instancePath:instancePath+"/engine_state/feeds",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",propertyName:key7};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((key7.length < 1 || (key7.length < 2 && func7(key7) < 1))){
const err76 = {instancePath:instancePath+"/engine_state/feeds",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key7};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/engine_state/feeds",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key7};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var valid24 = _errs69 === errors;
if(!valid24){
const err78 = {instancePath:instancePath+"/engine_state/feeds",schemaPath:"#/properties/engine_state/properties/feeds/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
for(const key8 in data25){
let data26 = data25[key8];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.cursor === undefined){
const err79 = {instancePath:instancePath+"/engine_state/feeds/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/engine_state/properties/feeds/additionalProperties/required",keyword:"required",params:{missingProperty: "cursor"},message:"must have required property '"+"cursor"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
for(const key9 in data26){
if(!((key9 === "cursor") || (key9 === "last_timestamp"))){
const err80 = {instancePath:instancePath+"/engine_state/feeds/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/engine_state/properties/feeds/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data26.cursor !== undefined){
let data27 = data26.cursor;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err81 = {instancePath:instancePath+"/engine_state/feeds/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/cursor",schemaPath:"#/$defs/counter/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 9007199254740991 || isNaN(data27)){
const err82 = {instancePath:instancePath+"/engine_state/feeds/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/cursor",schemaPath:"#/$defs/counter/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data27 < 0 || isNaN(data27)){
const err83 = {instancePath:instancePath+"/engine_state/feeds/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/cursor",schemaPath:"#/$defs/counter/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
if(data26.last_timestamp !== undefined){
let data28 = data26.last_timestamp;
if(typeof data28 === "string"){
if((data28.length > 30 && func7(data28) > 30)){
const err84 = {instancePath:instancePath+"/engine_state/feeds/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/last_timestamp",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(!pattern5.test(data28)){
const err85 = {instancePath:instancePath+"/engine_state/feeds/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/last_timestamp",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$"+"\""};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/engine_state/feeds/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/last_timestamp",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/engine_state/feeds/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/engine_state/properties/feeds/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/engine_state/feeds",schemaPath:"#/properties/engine_state/properties/feeds/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data20.counters !== undefined){
let data29 = data20.counters;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key10 in data29){
const _errs84 = errors;
if(typeof key10 === "string"){
if((key10.length > 128 && func7(key10) > 128)){
const err89 = {instancePath:instancePath+"/engine_state/counters",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",propertyName:key10};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if((key10.length < 1 || (key10.length < 2 && func7(key10) < 1))){
const err90 = {instancePath:instancePath+"/engine_state/counters",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key10};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/engine_state/counters",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key10};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var valid30 = _errs84 === errors;
if(!valid30){
const err92 = {instancePath:instancePath+"/engine_state/counters",schemaPath:"#/properties/engine_state/properties/counters/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
for(const key11 in data29){
let data30 = data29[key11];
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err93 = {instancePath:instancePath+"/engine_state/counters/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/counter/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 9007199254740991 || isNaN(data30)){
const err94 = {instancePath:instancePath+"/engine_state/counters/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/counter/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data30 < 0 || isNaN(data30)){
const err95 = {instancePath:instancePath+"/engine_state/counters/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/counter/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
}
else {
const err96 = {instancePath:instancePath+"/engine_state/counters",schemaPath:"#/properties/engine_state/properties/counters/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data20.held_orders !== undefined){
let data31 = data20.held_orders;
if(Array.isArray(data31)){
const len4 = data31.length;
for(let i4=0; i4<len4; i4++){
if(!(validate26(data31[i4], {instancePath:instancePath+"/engine_state/held_orders/" + i4,parentData:data31,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err97 = {instancePath:instancePath+"/engine_state/held_orders",schemaPath:"#/properties/engine_state/properties/held_orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/engine_state",schemaPath:"#/properties/engine_state/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.account !== undefined){
let data33 = data.account;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.initial_cash === undefined){
const err99 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/required",keyword:"required",params:{missingProperty: "initial_cash"},message:"must have required property '"+"initial_cash"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key12 in data33){
if(!(key12 === "initial_cash")){
const err100 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data33.initial_cash !== undefined){
if(!(validate21(data33.initial_cash, {instancePath:instancePath+"/account/initial_cash",parentData:data33,parentDataProperty:"initial_cash",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err101 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data.risk !== undefined){
let data35 = data.risk;
const _errs99 = errors;
let valid37 = false;
let passing2 = null;
const _errs100 = errors;
if(data35 !== null){
const err102 = {instancePath:instancePath+"/risk",schemaPath:"#/properties/risk/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid2 = _errs100 === errors;
if(_valid2){
valid37 = true;
passing2 = 0;
}
const _errs102 = errors;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.trading_state === undefined){
const err103 = {instancePath:instancePath+"/risk",schemaPath:"#/properties/risk/oneOf/1/required",keyword:"required",params:{missingProperty: "trading_state"},message:"must have required property '"+"trading_state"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data35.peak_equity === undefined){
const err104 = {instancePath:instancePath+"/risk",schemaPath:"#/properties/risk/oneOf/1/required",keyword:"required",params:{missingProperty: "peak_equity"},message:"must have required property '"+"peak_equity"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data35.day_start_equity === undefined){
const err105 = {instancePath:instancePath+"/risk",schemaPath:"#/properties/risk/oneOf/1/required",keyword:"required",params:{missingProperty: "day_start_equity"},message:"must have required property '"+"day_start_equity"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data35.limits === undefined){
const err106 = {instancePath:instancePath+"/risk",schemaPath:"#/properties/risk/oneOf/1/required",keyword:"required",params:{missingProperty: "limits"},message:"must have required property '"+"limits"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
for(const key13 in data35){
if(!((((key13 === "trading_state") || (key13 === "peak_equity")) || (key13 === "day_start_equity")) || (key13 === "limits"))){
const err107 = {instancePath:instancePath+"/risk",schemaPath:"#/properties/risk/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data35.trading_state !== undefined){
let data36 = data35.trading_state;
if(!(((data36 === "active") || (data36 === "halted")) || (data36 === "reducing"))){
const err108 = {instancePath:instancePath+"/risk/trading_state",schemaPath:"#/$defs/trading_state/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data35.peak_equity !== undefined){
let data37 = data35.peak_equity;
const _errs108 = errors;
let valid40 = false;
let passing3 = null;
const _errs109 = errors;
if(data37 !== null){
const err109 = {instancePath:instancePath+"/risk/peak_equity",schemaPath:"#/properties/risk/oneOf/1/properties/peak_equity/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
var _valid3 = _errs109 === errors;
if(_valid3){
valid40 = true;
passing3 = 0;
}
const _errs111 = errors;
if(!(validate21(data37, {instancePath:instancePath+"/risk/peak_equity",parentData:data35,parentDataProperty:"peak_equity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid3 = _errs111 === errors;
if(_valid3 && valid40){
valid40 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid40 = true;
passing3 = 1;
}
}
if(!valid40){
const err110 = {instancePath:instancePath+"/risk/peak_equity",schemaPath:"#/properties/risk/oneOf/1/properties/peak_equity/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
else {
errors = _errs108;
if(vErrors !== null){
if(_errs108){
vErrors.length = _errs108;
}
else {
vErrors = null;
}
}
}
}
if(data35.day_start_equity !== undefined){
let data38 = data35.day_start_equity;
const _errs113 = errors;
let valid41 = false;
let passing4 = null;
const _errs114 = errors;
if(data38 !== null){
const err111 = {instancePath:instancePath+"/risk/day_start_equity",schemaPath:"#/properties/risk/oneOf/1/properties/day_start_equity/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
var _valid4 = _errs114 === errors;
if(_valid4){
valid41 = true;
passing4 = 0;
}
const _errs116 = errors;
if(!(validate21(data38, {instancePath:instancePath+"/risk/day_start_equity",parentData:data35,parentDataProperty:"day_start_equity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid4 = _errs116 === errors;
if(_valid4 && valid41){
valid41 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid41 = true;
passing4 = 1;
}
}
if(!valid41){
const err112 = {instancePath:instancePath+"/risk/day_start_equity",schemaPath:"#/properties/risk/oneOf/1/properties/day_start_equity/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
else {
errors = _errs113;
if(vErrors !== null){
if(_errs113){
vErrors.length = _errs113;
}
else {
vErrors = null;
}
}
}
}
if(data35.limits !== undefined){
let data39 = data35.limits;
const _errs118 = errors;
let valid42 = false;
let passing5 = null;
const _errs119 = errors;
if(data39 !== null){
const err113 = {instancePath:instancePath+"/risk/limits",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
var _valid5 = _errs119 === errors;
if(_valid5){
valid42 = true;
passing5 = 0;
}
const _errs121 = errors;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.initial_trading_state === undefined){
const err114 = {instancePath:instancePath+"/risk/limits",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/required",keyword:"required",params:{missingProperty: "initial_trading_state"},message:"must have required property '"+"initial_trading_state"+"'"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
for(const key14 in data39){
if(!(((((key14 === "initial_trading_state") || (key14 === "position")) || (key14 === "exposure")) || (key14 === "drawdown")) || (key14 === "max_notional_per_order"))){
const err115 = {instancePath:instancePath+"/risk/limits",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data39.initial_trading_state !== undefined){
let data40 = data39.initial_trading_state;
if(!((data40 === "active") || (data40 === "halted"))){
const err116 = {instancePath:instancePath+"/risk/limits/initial_trading_state",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/initial_trading_state/enum",keyword:"enum",params:{allowedValues: schema31.properties.risk.oneOf[1].properties.limits.oneOf[1].properties.initial_trading_state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data39.position !== undefined){
let data41 = data39.position;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.max_quantity === undefined){
const err117 = {instancePath:instancePath+"/risk/limits/position",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/position/required",keyword:"required",params:{missingProperty: "max_quantity"},message:"must have required property '"+"max_quantity"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data41.max_notional === undefined){
const err118 = {instancePath:instancePath+"/risk/limits/position",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/position/required",keyword:"required",params:{missingProperty: "max_notional"},message:"must have required property '"+"max_notional"+"'"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
for(const key15 in data41){
if(!((key15 === "max_quantity") || (key15 === "max_notional"))){
const err119 = {instancePath:instancePath+"/risk/limits/position",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/position/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data41.max_quantity !== undefined){
let data42 = data41.max_quantity;
const _errs129 = errors;
let valid45 = false;
let passing6 = null;
const _errs130 = errors;
if(data42 !== null){
const err120 = {instancePath:instancePath+"/risk/limits/position/max_quantity",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/position/properties/max_quantity/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid6 = _errs130 === errors;
if(_valid6){
valid45 = true;
passing6 = 0;
}
const _errs132 = errors;
if(typeof data42 === "string"){
if((data42.length > 400 && func7(data42) > 400)){
const err121 = {instancePath:instancePath+"/risk/limits/position/max_quantity",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(!pattern10.test(data42)){
const err122 = {instancePath:instancePath+"/risk/limits/position/max_quantity",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/risk/limits/position/max_quantity",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid6 = _errs132 === errors;
if(_valid6 && valid45){
valid45 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid45 = true;
passing6 = 1;
}
}
if(!valid45){
const err124 = {instancePath:instancePath+"/risk/limits/position/max_quantity",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/position/properties/max_quantity/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
errors = _errs129;
if(vErrors !== null){
if(_errs129){
vErrors.length = _errs129;
}
else {
vErrors = null;
}
}
}
}
if(data41.max_notional !== undefined){
let data43 = data41.max_notional;
const _errs136 = errors;
let valid47 = false;
let passing7 = null;
const _errs137 = errors;
if(data43 !== null){
const err125 = {instancePath:instancePath+"/risk/limits/position/max_notional",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/position/properties/max_notional/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid7 = _errs137 === errors;
if(_valid7){
valid47 = true;
passing7 = 0;
}
const _errs139 = errors;
if(typeof data43 === "string"){
if((data43.length > 400 && func7(data43) > 400)){
const err126 = {instancePath:instancePath+"/risk/limits/position/max_notional",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(!pattern10.test(data43)){
const err127 = {instancePath:instancePath+"/risk/limits/position/max_notional",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/risk/limits/position/max_notional",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
var _valid7 = _errs139 === errors;
if(_valid7 && valid47){
valid47 = false;
passing7 = [passing7, 1];
}
else {
if(_valid7){
valid47 = true;
passing7 = 1;
}
}
if(!valid47){
const err129 = {instancePath:instancePath+"/risk/limits/position/max_notional",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/position/properties/max_notional/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
else {
errors = _errs136;
if(vErrors !== null){
if(_errs136){
vErrors.length = _errs136;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err130 = {instancePath:instancePath+"/risk/limits/position",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/position/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data39.exposure !== undefined){
let data44 = data39.exposure;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.max_gross_pct === undefined){
const err131 = {instancePath:instancePath+"/risk/limits/exposure",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/exposure/required",keyword:"required",params:{missingProperty: "max_gross_pct"},message:"must have required property '"+"max_gross_pct"+"'"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data44.max_net_pct === undefined){
const err132 = {instancePath:instancePath+"/risk/limits/exposure",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/exposure/required",keyword:"required",params:{missingProperty: "max_net_pct"},message:"must have required property '"+"max_net_pct"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
for(const key16 in data44){
if(!((key16 === "max_gross_pct") || (key16 === "max_net_pct"))){
const err133 = {instancePath:instancePath+"/risk/limits/exposure",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/exposure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data44.max_gross_pct !== undefined){
let data45 = data44.max_gross_pct;
if(typeof data45 === "string"){
if((data45.length > 400 && func7(data45) > 400)){
const err134 = {instancePath:instancePath+"/risk/limits/exposure/max_gross_pct",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(!pattern10.test(data45)){
const err135 = {instancePath:instancePath+"/risk/limits/exposure/max_gross_pct",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/risk/limits/exposure/max_gross_pct",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data44.max_net_pct !== undefined){
let data46 = data44.max_net_pct;
if(typeof data46 === "string"){
if((data46.length > 400 && func7(data46) > 400)){
const err137 = {instancePath:instancePath+"/risk/limits/exposure/max_net_pct",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(!pattern10.test(data46)){
const err138 = {instancePath:instancePath+"/risk/limits/exposure/max_net_pct",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/risk/limits/exposure/max_net_pct",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/risk/limits/exposure",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/exposure/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data39.drawdown !== undefined){
let data47 = data39.drawdown;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.max_daily_pct === undefined){
const err141 = {instancePath:instancePath+"/risk/limits/drawdown",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/drawdown/required",keyword:"required",params:{missingProperty: "max_daily_pct"},message:"must have required property '"+"max_daily_pct"+"'"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data47.max_total_pct === undefined){
const err142 = {instancePath:instancePath+"/risk/limits/drawdown",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/drawdown/required",keyword:"required",params:{missingProperty: "max_total_pct"},message:"must have required property '"+"max_total_pct"+"'"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
for(const key17 in data47){
if(!((key17 === "max_daily_pct") || (key17 === "max_total_pct"))){
const err143 = {instancePath:instancePath+"/risk/limits/drawdown",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/drawdown/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data47.max_daily_pct !== undefined){
let data48 = data47.max_daily_pct;
const _errs155 = errors;
let valid53 = false;
let passing8 = null;
const _errs156 = errors;
if(data48 !== null){
const err144 = {instancePath:instancePath+"/risk/limits/drawdown/max_daily_pct",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/drawdown/properties/max_daily_pct/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
var _valid8 = _errs156 === errors;
if(_valid8){
valid53 = true;
passing8 = 0;
}
const _errs158 = errors;
if(typeof data48 === "string"){
if((data48.length > 400 && func7(data48) > 400)){
const err145 = {instancePath:instancePath+"/risk/limits/drawdown/max_daily_pct",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(!pattern10.test(data48)){
const err146 = {instancePath:instancePath+"/risk/limits/drawdown/max_daily_pct",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/risk/limits/drawdown/max_daily_pct",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
var _valid8 = _errs158 === errors;
if(_valid8 && valid53){
valid53 = false;
passing8 = [passing8, 1];
}
else {
if(_valid8){
valid53 = true;
passing8 = 1;
}
}
if(!valid53){
const err148 = {instancePath:instancePath+"/risk/limits/drawdown/max_daily_pct",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/drawdown/properties/max_daily_pct/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
else {
errors = _errs155;
if(vErrors !== null){
if(_errs155){
vErrors.length = _errs155;
}
else {
vErrors = null;
}
}
}
}
if(data47.max_total_pct !== undefined){
let data49 = data47.max_total_pct;
const _errs162 = errors;
let valid55 = false;
let passing9 = null;
const _errs163 = errors;
if(data49 !== null){
const err149 = {instancePath:instancePath+"/risk/limits/drawdown/max_total_pct",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/drawdown/properties/max_total_pct/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
var _valid9 = _errs163 === errors;
if(_valid9){
valid55 = true;
passing9 = 0;
}
const _errs165 = errors;
if(typeof data49 === "string"){
if((data49.length > 400 && func7(data49) > 400)){
const err150 = {instancePath:instancePath+"/risk/limits/drawdown/max_total_pct",schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(!pattern10.test(data49)){
const err151 = {instancePath:instancePath+"/risk/limits/drawdown/max_total_pct",schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/risk/limits/drawdown/max_total_pct",schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
var _valid9 = _errs165 === errors;
if(_valid9 && valid55){
valid55 = false;
passing9 = [passing9, 1];
}
else {
if(_valid9){
valid55 = true;
passing9 = 1;
}
}
if(!valid55){
const err153 = {instancePath:instancePath+"/risk/limits/drawdown/max_total_pct",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/drawdown/properties/max_total_pct/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
else {
errors = _errs162;
if(vErrors !== null){
if(_errs162){
vErrors.length = _errs162;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err154 = {instancePath:instancePath+"/risk/limits/drawdown",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/drawdown/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data39.max_notional_per_order !== undefined){
let data50 = data39.max_notional_per_order;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key18 in data50){
const _errs170 = errors;
if(typeof key18 === "string"){
if((key18.length > 64 && func7(key18) > 64)){
const err155 = {instancePath:instancePath+"/risk/limits/max_notional_per_order",schemaPath:"#/$defs/symbol/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key18};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if((key18.length < 1 || (key18.length < 2 && func7(key18) < 1))){
const err156 = {instancePath:instancePath+"/risk/limits/max_notional_per_order",schemaPath:"#/$defs/symbol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key18};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/risk/limits/max_notional_per_order",schemaPath:"#/$defs/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key18};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
var valid57 = _errs170 === errors;
if(!valid57){
const err158 = {instancePath:instancePath+"/risk/limits/max_notional_per_order",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/max_notional_per_order/propertyNames",keyword:"propertyNames",params:{propertyName: key18},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
for(const key19 in data50){
let data51 = data50[key19];
if(typeof data51 === "string"){
if((data51.length > 400 && func7(data51) > 400)){
const err159 = {instancePath:instancePath+"/risk/limits/max_notional_per_order/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/decimal/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(!pattern10.test(data51)){
const err160 = {instancePath:instancePath+"/risk/limits/max_notional_per_order/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/decimal/pattern",keyword:"pattern",params:{pattern: "^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"},message:"must match pattern \""+"^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$"+"\""};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/risk/limits/max_notional_per_order/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/risk/limits/max_notional_per_order",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/properties/max_notional_per_order/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
else {
const err163 = {instancePath:instancePath+"/risk/limits",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
var _valid5 = _errs121 === errors;
if(_valid5 && valid42){
valid42 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid42 = true;
passing5 = 1;
}
}
if(!valid42){
const err164 = {instancePath:instancePath+"/risk/limits",schemaPath:"#/properties/risk/oneOf/1/properties/limits/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
else {
errors = _errs118;
if(vErrors !== null){
if(_errs118){
vErrors.length = _errs118;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err165 = {instancePath:instancePath+"/risk",schemaPath:"#/properties/risk/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
var _valid2 = _errs102 === errors;
if(_valid2 && valid37){
valid37 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid37 = true;
passing2 = 1;
}
}
if(!valid37){
const err166 = {instancePath:instancePath+"/risk",schemaPath:"#/properties/risk/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
else {
errors = _errs99;
if(vErrors !== null){
if(_errs99){
vErrors.length = _errs99;
}
else {
vErrors = null;
}
}
}
}
if(data.execution_model !== undefined){
let data52 = data.execution_model;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.slippage === undefined){
const err167 = {instancePath:instancePath+"/execution_model",schemaPath:"#/properties/execution_model/required",keyword:"required",params:{missingProperty: "slippage"},message:"must have required property '"+"slippage"+"'"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data52.commission === undefined){
const err168 = {instancePath:instancePath+"/execution_model",schemaPath:"#/properties/execution_model/required",keyword:"required",params:{missingProperty: "commission"},message:"must have required property '"+"commission"+"'"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(data52.latency === undefined){
const err169 = {instancePath:instancePath+"/execution_model",schemaPath:"#/properties/execution_model/required",keyword:"required",params:{missingProperty: "latency"},message:"must have required property '"+"latency"+"'"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
for(const key20 in data52){
if(!(((key20 === "slippage") || (key20 === "commission")) || (key20 === "latency"))){
const err170 = {instancePath:instancePath+"/execution_model",schemaPath:"#/properties/execution_model/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data52.slippage !== undefined){
let data53 = data52.slippage;
const _errs181 = errors;
let valid62 = false;
let passing10 = null;
const _errs182 = errors;
if(data53 !== null){
const err171 = {instancePath:instancePath+"/execution_model/slippage",schemaPath:"#/properties/execution_model/properties/slippage/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
var _valid10 = _errs182 === errors;
if(_valid10){
valid62 = true;
passing10 = 0;
}
const _errs184 = errors;
if(!(validate35(data53, {instancePath:instancePath+"/execution_model/slippage",parentData:data52,parentDataProperty:"slippage",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var _valid10 = _errs184 === errors;
if(_valid10 && valid62){
valid62 = false;
passing10 = [passing10, 1];
}
else {
if(_valid10){
valid62 = true;
passing10 = 1;
}
}
if(!valid62){
const err172 = {instancePath:instancePath+"/execution_model/slippage",schemaPath:"#/properties/execution_model/properties/slippage/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
else {
errors = _errs181;
if(vErrors !== null){
if(_errs181){
vErrors.length = _errs181;
}
else {
vErrors = null;
}
}
}
}
if(data52.commission !== undefined){
let data54 = data52.commission;
const _errs186 = errors;
let valid63 = false;
let passing11 = null;
const _errs187 = errors;
if(data54 !== null){
const err173 = {instancePath:instancePath+"/execution_model/commission",schemaPath:"#/properties/execution_model/properties/commission/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
var _valid11 = _errs187 === errors;
if(_valid11){
valid63 = true;
passing11 = 0;
}
const _errs189 = errors;
if(!(validate39(data54, {instancePath:instancePath+"/execution_model/commission",parentData:data52,parentDataProperty:"commission",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var _valid11 = _errs189 === errors;
if(_valid11 && valid63){
valid63 = false;
passing11 = [passing11, 1];
}
else {
if(_valid11){
valid63 = true;
passing11 = 1;
}
}
if(!valid63){
const err174 = {instancePath:instancePath+"/execution_model/commission",schemaPath:"#/properties/execution_model/properties/commission/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
else {
errors = _errs186;
if(vErrors !== null){
if(_errs186){
vErrors.length = _errs186;
}
else {
vErrors = null;
}
}
}
}
if(data52.latency !== undefined){
let data55 = data52.latency;
const _errs191 = errors;
let valid64 = false;
let passing12 = null;
const _errs192 = errors;
if(data55 !== null){
const err175 = {instancePath:instancePath+"/execution_model/latency",schemaPath:"#/properties/execution_model/properties/latency/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
var _valid12 = _errs192 === errors;
if(_valid12){
valid64 = true;
passing12 = 0;
}
const _errs194 = errors;
if(!(validate42(data55, {instancePath:instancePath+"/execution_model/latency",parentData:data52,parentDataProperty:"latency",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var _valid12 = _errs194 === errors;
if(_valid12 && valid64){
valid64 = false;
passing12 = [passing12, 1];
}
else {
if(_valid12){
valid64 = true;
passing12 = 1;
}
}
if(!valid64){
const err176 = {instancePath:instancePath+"/execution_model/latency",schemaPath:"#/properties/execution_model/properties/latency/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
else {
errors = _errs191;
if(vErrors !== null){
if(_errs191){
vErrors.length = _errs191;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err177 = {instancePath:instancePath+"/execution_model",schemaPath:"#/properties/execution_model/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data.metadata !== undefined){
let data56 = data.metadata;
if(!(data56 && typeof data56 == "object" && !Array.isArray(data56))){
const err178 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data.legacy !== undefined){
let data57 = data.legacy;
if(Array.isArray(data57)){
if(data57.length < 1){
const err179 = {instancePath:instancePath+"/legacy",schemaPath:"#/properties/legacy/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
const len5 = data57.length;
for(let i5=0; i5<len5; i5++){
if(!(validate44(data57[i5], {instancePath:instancePath+"/legacy/" + i5,parentData:data57,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err180 = {instancePath:instancePath+"/legacy",schemaPath:"#/properties/legacy/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data.provenance !== undefined){
if(!(validate50(data.provenance, {instancePath:instancePath+"/provenance",parentData:data,parentDataProperty:"provenance",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.strategy_state !== undefined){
let data60 = data.strategy_state;
const _errs202 = errors;
let valid67 = false;
let passing13 = null;
const _errs203 = errors;
if(data60 !== null){
const err181 = {instancePath:instancePath+"/strategy_state",schemaPath:"#/properties/strategy_state/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
var _valid13 = _errs203 === errors;
if(_valid13){
valid67 = true;
passing13 = 0;
}
const _errs205 = errors;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.schema === undefined){
const err182 = {instancePath:instancePath+"/strategy_state",schemaPath:"#/properties/strategy_state/oneOf/1/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(data60.schema_version === undefined){
const err183 = {instancePath:instancePath+"/strategy_state",schemaPath:"#/properties/strategy_state/oneOf/1/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(data60.data === undefined){
const err184 = {instancePath:instancePath+"/strategy_state",schemaPath:"#/properties/strategy_state/oneOf/1/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
for(const key21 in data60){
if(!(((key21 === "schema") || (key21 === "schema_version")) || (key21 === "data"))){
const err185 = {instancePath:instancePath+"/strategy_state",schemaPath:"#/properties/strategy_state/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data60.schema !== undefined){
let data61 = data60.schema;
if(typeof data61 === "string"){
if((data61.length > 128 && func7(data61) > 128)){
const err186 = {instancePath:instancePath+"/strategy_state/schema",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if((data61.length < 1 || (data61.length < 2 && func7(data61) < 1))){
const err187 = {instancePath:instancePath+"/strategy_state/schema",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/strategy_state/schema",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data60.schema_version !== undefined){
let data62 = data60.schema_version;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err189 = {instancePath:instancePath+"/strategy_state/schema_version",schemaPath:"#/properties/strategy_state/oneOf/1/properties/schema_version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 > 2147483647 || isNaN(data62)){
const err190 = {instancePath:instancePath+"/strategy_state/schema_version",schemaPath:"#/properties/strategy_state/oneOf/1/properties/schema_version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(data62 < 0 || isNaN(data62)){
const err191 = {instancePath:instancePath+"/strategy_state/schema_version",schemaPath:"#/properties/strategy_state/oneOf/1/properties/schema_version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
}
}
else {
const err192 = {instancePath:instancePath+"/strategy_state",schemaPath:"#/properties/strategy_state/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
var _valid13 = _errs205 === errors;
if(_valid13 && valid67){
valid67 = false;
passing13 = [passing13, 1];
}
else {
if(_valid13){
valid67 = true;
passing13 = 1;
}
}
if(!valid67){
const err193 = {instancePath:instancePath+"/strategy_state",schemaPath:"#/properties/strategy_state/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
else {
errors = _errs202;
if(vErrors !== null){
if(_errs202){
vErrors.length = _errs202;
}
else {
vErrors = null;
}
}
}
}
if(data.fingerprint !== undefined){
let data63 = data.fingerprint;
const _errs214 = errors;
let valid70 = false;
let passing14 = null;
const _errs215 = errors;
if(data63 !== null){
const err194 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid14 = _errs215 === errors;
if(_valid14){
valid70 = true;
passing14 = 0;
}
const _errs217 = errors;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(data63.code === undefined){
const err195 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/oneOf/1/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(data63.config === undefined){
const err196 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/oneOf/1/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
for(const key22 in data63){
if(!((key22 === "code") || (key22 === "config"))){
const err197 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data63.code !== undefined){
let data64 = data63.code;
if(typeof data64 === "string"){
if(!pattern4.test(data64)){
const err198 = {instancePath:instancePath+"/fingerprint/code",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/fingerprint/code",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data63.config !== undefined){
let data65 = data63.config;
if(typeof data65 === "string"){
if(!pattern4.test(data65)){
const err200 = {instancePath:instancePath+"/fingerprint/config",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
else {
const err201 = {instancePath:instancePath+"/fingerprint/config",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
else {
const err202 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
var _valid14 = _errs217 === errors;
if(_valid14 && valid70){
valid70 = false;
passing14 = [passing14, 1];
}
else {
if(_valid14){
valid70 = true;
passing14 = 1;
}
}
if(!valid70){
const err203 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
else {
errors = _errs214;
if(vErrors !== null){
if(_errs214){
vErrors.length = _errs214;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err204 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validate = validate20 as unknown as ValidateFunction<CheckpointV4>;
