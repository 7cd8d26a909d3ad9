#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 3313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

/***/ 4248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(9896);
var util = __nccwpck_require__(9023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(3313);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896);
var zlib = __nccwpck_require__(3106);
var fd_slicer = __nccwpck_require__(3502);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(4248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 8920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ GitHubUsageError),
/* harmony export */   Oz: () => (/* binding */ githubOnlyOptions),
/* harmony export */   r0: () => (/* binding */ GITHUB_OPTIONS),
/* harmony export */   s: () => (/* binding */ GITHUB_USAGE)
/* harmony export */ });
// The options of `analyze --repo` (GitHub mode) and their help text: light constants the CLI needs on every start.
// The GitHub mode itself (src/cli/github-mode.ts, with the REST client) is loaded only when `--repo` is given, so a
// local audit does not pay for loading it.
const GITHUB_USAGE = `
From GitHub (instead of paths):
  --repo OWNER/REPO             audit the repository's recent agentic runs; repeat it, or give
                                OWNER/GLOB (e.g. octo/*) for the owner's repositories that have
                                an agentic workflow (archived and disabled ones skipped)
  --lookback-hours N            runs created in the last N hours (default 24)
  --workflows GLOB[,GLOB]       only these workflows (names or globs; default all agentic ones)
  --max-runs N                  at most N runs per repository, the newest (default 50)
  --api-url URL                 REST API (default $GITHUB_API_URL or https://api.github.com)
  --download DIR                keep the runs' artifacts in DIR/run-<id>/ (analyze DIR reads them
                                again); runs already there are not downloaded again
  --api-reserve N|P%            API requests to keep unspent (default 10% of the rate limit): below
                                it no new run starts; the rest are reported as not audited
  The token comes from GITHUB_TOKEN or GH_TOKEN, e.g. GH_TOKEN=$(gh auth token).
`;
const GITHUB_OPTIONS = {
    repo: { type: 'string', multiple: true },
    'lookback-hours': { type: 'string' },
    workflows: { type: 'string', multiple: true },
    'max-runs': { type: 'string' },
    'api-url': { type: 'string' },
    download: { type: 'string' },
    'api-reserve': { type: 'string' },
};
/** A wrong option value: the caller reports it as bad usage (exit 2). */
class GitHubUsageError extends Error {
}
/** Options only meaningful with --repo, given without it. */
function githubOnlyOptions(values) {
    return ['lookback-hours', 'workflows', 'max-runs', 'api-url', 'download', 'api-reserve'].filter((k) => values[k] !== undefined);
}


/***/ }),

/***/ 7044:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K: () => (/* binding */ emitReport)
});

// UNUSED EXPORTS: renderReport

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/rules/index.ts + 24 modules
var src_rules = __nccwpck_require__(1717);
// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __nccwpck_require__(2701);
;// CONCATENATED MODULE: ./src/report/actions.ts
// What each rule asks people to change, in a few words, grouped by the place where it is changed (the gateway or guard
// version, `network.allowed`, `tools.github`, `min-integrity`, `trusted-users` and approval labels, …). The lead
// paragraph names one to three of them; the closing Recommendations section lists each area once with the findings
// it answers. Constant text of our own (Markdown with code spans), never log text.
/** Areas in the order the Recommendations section lists them, with their heading. */
const AREAS = [
    ['review', 'Review the affected runs'],
    ['version', 'Gateway or guard version'],
    ['tools-github', '`tools.github` in the workflow'],
    ['network', '`network.allowed` in the workflow'],
    ['min-integrity', '`min-integrity` and `repos`'],
    ['trusted', '`trusted-users` or approval labels'],
    ['backend', 'MCP servers and their tokens'],
    ['schedule', 'Schedules and rate limits'],
    ['coverage', 'Audit coverage'],
];
const RULE_ACTIONS = {
    'scope-violation': {
        what: 'out-of-scope repository data reaching the agent',
        todo: "treat the run's output as a data leak and report it to the gateway's maintainers",
        area: 'review',
    },
    'guard-bypass': {
        what: 'a GitHub server running without its guard',
        todo: "treat the run's output as unfiltered, fix the guard load error",
        area: 'review',
    },
    'proxy-fail-open': {
        what: 'a possible fail-open in the DIFC proxy',
        todo: 'treat data read by pre-agent steps as unfiltered, upgrade the gateway',
        area: 'version',
    },
    'wasm-guard-trap': {
        what: 'a WASM guard trap',
        todo: "report the trap to the guard's maintainers, upgrade the gateway",
        area: 'version',
    },
    'labeling-failure': {
        what: 'guard labeling failures',
        todo: "check the guard policy, report guard errors to the gateway's maintainers",
        area: 'version',
    },
    'unlabeled-passthrough': {
        what: 'an unrecognised REST endpoint forwarded unfiltered',
        todo: "ask the gateway's maintainers to route the endpoint, or avoid it in pre-agent steps",
        area: 'version',
    },
    'unscoped-integrity-tag': {
        what: 'unscoped integrity tags',
        todo: "report the tool to the guard's maintainers, upgrade the gateway",
        area: 'version',
    },
    'empty-integrity-tags': {
        what: 'filtered items without integrity tags',
        todo: "report the tool to the guard's maintainers",
        area: 'version',
    },
    'gateway-error': {
        what: 'gateway errors',
        todo: 'read the error: a server image or token, the lock file, or a gateway bug',
        area: 'version',
    },
    'difc-not-enforced': {
        what: 'a GitHub server without integrity filtering',
        todo: 'set `tools.github.min-integrity` and recompile',
        area: 'tools-github',
    },
    'direct-api-bypass': {
        what: 'direct API access blocked by the firewall',
        todo: 'route GitHub access through `tools.github`',
        area: 'tools-github',
    },
    'firewall-block': {
        what: 'a blocked destination',
        todo: 'add a destination the workflow needs to `network.allowed`',
        area: 'network',
    },
    'over-filtering': {
        what: 'most items filtered',
        todo: 'widen `repos` or `min-integrity` if legitimate data is lost',
        area: 'min-integrity',
    },
    'repeated-filtering': {
        what: 'the same item filtered run after run',
        todo: 'add the authors to `trusted-users`, approve the items with a label, or lower `min-integrity`',
        area: 'trusted',
    },
    'backend-lost': {
        what: 'an MCP backend lost mid-session',
        todo: "read the backend's last stderr lines and fix the server or its token",
        area: 'backend',
    },
    'auth-rejected': {
        what: 'requests rejected by the gateway',
        todo: "check the agent's MCP configuration carries the gateway key",
        area: 'backend',
    },
    'guard-lookup-failed': {
        what: 'failed guard lookups',
        todo: 'give the gateway a GitHub token',
        area: 'backend',
    },
    'upstream-rate-limit': {
        what: 'upstream rate limits',
        todo: 'spread heavy workflows over time',
        area: 'schedule',
    },
    'activation-rate-limit': {
        what: 'an activation rate limit',
        todo: 'move the cron schedule away from other agentic workflows',
        area: 'schedule',
    },
    'agent-not-invoked': {
        what: 'an agent that never ran',
        todo: "check the run's activation job",
        area: 'coverage',
    },
    'evidence-missing': {
        what: 'missing evidence',
        todo: 'audit runs within the artifact retention period',
        area: 'coverage',
    },
};
function actionOf(rule) {
    return RULE_ACTIONS[rule] ?? null;
}

;// CONCATENATED MODULE: ./src/report/evidence.ts
const EVIDENCE_WIDTH = 160;
/** `guard labeling failed: resource labeling failed: X` → `X`: the chain's links before the cause, dropped one by one. */
const CHAIN_LINK = /(?<=(?:[=:]|…) ?)[A-Za-z][\w '-]{2,48} failed: (?=\S)/;
/**
 * Fits a text into `max` characters: first without the generic links of an error chain (the cause stays), then by
 * cutting its middle, keeping its start (the record) and its end (the cause).
 */
function cutMiddle(text, max) {
    let t = text;
    while (t.length > max && CHAIN_LINK.test(t))
        t = t.replace(CHAIN_LINK, '… ');
    t = t.replace(/(?:… )+/g, '… ');
    return cutMid(t, max);
}
function cutMid(text, max) {
    if (text.length <= max)
        return text;
    const tailLength = Math.min(48, Math.floor(max / 3));
    const headLength = max - tailLength - 3;
    let head = text.slice(0, headLength);
    let tail = text.slice(text.length - tailLength + 1);
    // At word boundaries when one is near: `is unava … fter` reads worse than `is … after`.
    const space = head.lastIndexOf(' ');
    if (space > headLength - 16)
        head = head.slice(0, space);
    const next = tail.indexOf(' ');
    if (next >= 0 && next < 16)
        tail = tail.slice(next + 1);
    return `${head} … ${tail}`.slice(0, max);
}
function stampOf(date) {
    if (Number.isNaN(date.getTime()))
        return null;
    const iso = date.toISOString();
    return { day: iso.slice(0, 10), time: iso.slice(11, 19) };
}
function isoStamp(text) {
    return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) ? stampOf(new Date(text)) : null;
}
function epochStamp(text) {
    const n = Number(text);
    return Number.isFinite(n) && n > 1e9 && n < 1e11 ? stampOf(new Date(n * 1000)) : null;
}
const GATEWAY = /^\[([^\]]{10,40})\] \[([A-Z]+)\] \[([^\]]{1,80})\] ?(.*)$/;
const SQUID = /^(\d{9,11}\.\d{1,6})\s+\S+\s+(\S+)\s+\S+\s+\S+\s+(\S+)\s+(\d{3})\s+([A-Z_]+)(?::\S+)?\s+\S+\s*(?:"([^"]*)")?/;
const JSON_FIELD = /"([A-Za-z_][A-Za-z0-9_]{0,40})":\s*("(?:[^"\\]|\\.)*"?|-?\d+(?:\.\d+)?|true|false|null)/g;
const TIME_KEYS = new Set(['timestamp', 'ts', 'time']);
const NOISE_KEYS = new Set(['_schema', 'session', 'session_id', 'secrecy_tags', 'jsonrpc', 'id']);
function parseLine(excerpt) {
    const text = excerpt
        .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .trim();
    const g = GATEWAY.exec(text);
    if (g) {
        const message = g[4].replace(/,? ?session=[^,\s]*,?/g, (m) => m.endsWith(',') && m.startsWith(',') ? ',' : '');
        return { stamp: isoStamp(g[1]), rest: `${g[2]} ${g[3]}: ${message.trim()}` };
    }
    const s = SQUID.exec(text);
    if (s) {
        const ua = s[6] !== undefined ? ` "${s[6]}"` : '';
        return { stamp: epochStamp(s[1]), rest: `${s[3]} ${s[2]} → ${s[4]} ${s[5]}${ua}` };
    }
    if (text.startsWith('{')) {
        let stamp = null;
        const parts = [];
        for (const m of text.matchAll(JSON_FIELD)) {
            const [, key, raw] = m;
            const value = raw.startsWith('"')
                ? raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined)
                : raw;
            if (TIME_KEYS.has(key)) {
                stamp ??= isoStamp(value) ?? epochStamp(value);
                continue;
            }
            if (NOISE_KEYS.has(key) || value === '' || value === 'null')
                continue;
            parts.push(`${key}=${value.replace(/\\"/g, '"').slice(0, 48)}${value.length > 48 ? '…' : ''}`);
        }
        if (parts.length > 0)
            return { stamp, rest: parts.join(' ') };
    }
    const lead = /^(\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?)\s+(.*)$/.exec(text);
    if (lead)
        return { stamp: isoStamp(lead[1].replace(/\//g, '-')), rest: lead[2] };
    return { stamp: null, rest: text };
}
/**
 * The evidence of one finding in groups of one run and file, in the order of the finding's runs and then by line,
 * each line cut to `width` characters including its line-number prefix (`14│ `).
 */
function evidenceGroups(evidence, runOrder, width = EVIDENCE_WIDTH) {
    const rank = (run) => {
        const i = runOrder.indexOf(run);
        return i === -1 ? runOrder.length : i;
    };
    const sorted = [...evidence].sort((a, b) => rank(a.run) - rank(b.run) || a.file.localeCompare(b.file) || a.line - b.line);
    const groups = [];
    for (const e of sorted) {
        let g = groups[groups.length - 1];
        if (!g || g.run !== e.run || g.file !== e.file) {
            g = { run: e.run, file: e.file, day: null, lines: [], parsed: [] };
            groups.push(g);
        }
        g.parsed.push(parseLine(e.excerpt));
        g.lines.push({ line: e.line, text: '' });
    }
    return groups.map(({ parsed, ...g }) => {
        const days = new Set(parsed.map((p) => p.stamp?.day ?? null));
        const day = days.size === 1 ? [...days][0] : null;
        const digits = Math.max(...g.lines.map((l) => String(l.line).length));
        const lines = g.lines.map((l, i) => {
            const p = parsed[i];
            const when = p.stamp ? (day ? p.stamp.time : `${p.stamp.day} ${p.stamp.time}`) + ' ' : '';
            const prefix = `${String(l.line).padStart(digits)}│ `;
            return { line: l.line, text: prefix + cutMiddle(when + p.rest, width - prefix.length) };
        });
        return { ...g, day, lines };
    });
}
/** `agent/sandbox/firewall/logs/access.log` → `logs/access.log`: the caption names the file, the JSON the path. */
function shortFile(path) {
    const parts = path.split('/').filter(Boolean);
    return parts.slice(-2).join('/') || path;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/report/state.ts
// The hidden state block at the end of the issue body: target repository and finding fingerprints, so the next
// audit tells new, recurring and resolved findings apart, and a rerun on the same data writes nothing.

const STATE_MARKER = 'integrity-audit:state';
const MAX_HISTORY = 12;
function historyEntryOf(report) {
    const s = report.summary;
    return {
        date: report.generatedAt,
        critical: s.critical,
        warning: s.warning,
        info: s.info,
        runs: s.runs,
        filtered: report.runs.reduce((n, r) => n + r.difc.filtered, 0),
        blocks: report.runs.reduce((n, r) => n + r.firewall.blocked, 0),
    };
}
/** A history read from an issue body: only well-formed entries (the body can be edited by anyone who can edit it). */
function validHistory(history) {
    if (!Array.isArray(history))
        return [];
    const num = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
    return history
        .filter((h) => typeof h === 'object' &&
        h !== null &&
        typeof h.date === 'string' &&
        /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(h.date) &&
        ['critical', 'warning', 'info', 'runs', 'filtered', 'blocks'].every((k) => num(h[k])))
        .map((h) => ({
        date: h.date,
        critical: h.critical,
        warning: h.warning,
        info: h.info,
        runs: h.runs,
        filtered: h.filtered,
        blocks: h.blocks,
    }));
}
const MAX_STATE_FINDINGS = 300;
const MAX_STATE_CHARS = 24_000;
/** The state of this audit; with the previous issue's state, its history gains this audit (the last MAX_HISTORY). */
function stateOf(report, previous = null) {
    const all = {};
    for (const f of report.findings) {
        const key = `${f.fingerprint}:${f.severity}`;
        const prev = all[key];
        all[key] = {
            rule: f.rule,
            severity: f.severity,
            count: (prev?.count ?? 0) + f.count,
            title: f.title.slice(0, 100),
        };
    }
    const lines = Object.entries(all)
        .map(([k, v]) => `${k}=${v.count}`)
        .sort();
    const runs = report.runs.map((r) => r.id).sort();
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([report.target, lines, runs]))
        .digest('hex')
        .slice(0, 24);
    const keys = Object.keys(all);
    const findings = {};
    for (const k of keys.slice(0, MAX_STATE_FINDINGS))
        findings[k] = all[k];
    const state = {
        v: 1,
        target: report.target,
        digest,
        findings,
        verdict: report.summary.verdict,
        history: [...validHistory(previous?.history), historyEntryOf(report)].slice(-MAX_HISTORY),
    };
    if (keys.length > MAX_STATE_FINDINGS)
        state.truncated = true;
    // Measured as rendered: escaping makes `-`, `<` and `>` six characters each, and titles can be full of them.
    if (renderState({ ...state, history: undefined }).length > MAX_STATE_CHARS)
        for (const v of Object.values(findings))
            delete v.title;
    return state;
}
/** `--` cannot appear inside an HTML comment: JSON-escape the hyphen in strings. */
function renderState(state) {
    const json = JSON.stringify(state)
        .replace(/-/g, '\\u002d')
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e');
    return `<!-- ${STATE_MARKER} ${json} -->`;
}
function parseState(body) {
    if (!body)
        return null;
    const i = body.lastIndexOf(`<!-- ${STATE_MARKER} `);
    if (i === -1)
        return null;
    const end = body.indexOf(' -->', i);
    if (end === -1)
        return null;
    try {
        const v = JSON.parse(body.slice(i + STATE_MARKER.length + 6, end));
        return v && v.v === 1 && typeof v.findings === 'object' ? v : null;
    }
    catch {
        return null;
    }
}
function diffState(prev, next) {
    const before = prev?.findings ?? {};
    const added = Object.keys(next.findings).filter((k) => !(k in before));
    const recurring = Object.keys(next.findings).filter((k) => k in before);
    const resolved = Object.keys(before).filter((k) => !(k in next.findings));
    const unchanged = prev !== null &&
        prev.digest === next.digest &&
        prev.target === next.target &&
        prev.verdict === next.verdict;
    return { added, recurring, resolved, unchanged };
}

// EXTERNAL MODULE: ./src/report/words.ts
var words = __nccwpck_require__(2691);
// EXTERNAL MODULE: ./src/util/message.ts
var message = __nccwpck_require__(8395);
;// CONCATENATED MODULE: ./src/report/finding-text.ts



/** Rich text as Markdown: code values in code spans, plain text escaped and neutralised. */
function richMarkdown(parts, max = 300) {
    return parts.map((p) => (typeof p === 'string' ? (0,sanitize/* plain */.pj)(p, max) : (0,sanitize/* code */.aY)(p.code, 200))).join('');
}
/** Rich text as plain text (terminal, annotations): code values as they are. */
function richPlain(parts) {
    return (0,message/* toPlain */.Ul)(parts);
}
/**
 * A finding's title as rich text: its message through its rule's template. A finding without a message (a report
 * from an older version, or an unknown rule) falls back to its title, backtick spans read as code.
 */
function titleText(f) {
    return (0,src_rules/* messageText */.Lo)(f.rule, f.message) ?? (0,message/* marked */.xI)(f.title);
}
/** Authored rule text (`why`, `fix`, a recommendation): backtick spans are code. */
function ruleText(text) {
    return (0,message/* marked */.xI)(text);
}
/** `followOnFailures` → `follow on failures`: the last resort for details no rule describes. */
function finding_text_words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/[_-]+/g, ' ')
        .toLowerCase();
}
function valueText(v) {
    if (v === null || v === undefined)
        return ['–'];
    if (typeof v === 'number' || typeof v === 'boolean')
        return [String(v)];
    if (typeof v === 'string')
        return [{ code: v }];
    if (Array.isArray(v)) {
        const out = [];
        v.slice(0, 10).forEach((x, i) => {
            if (i > 0)
                out.push('; ');
            out.push(...valueText(x));
        });
        if (v.length > 10)
            out.push(` and ${v.length - 10} more`);
        return out;
    }
    const entries = Object.entries(v);
    const out = [];
    entries.slice(0, 12).forEach(([k, x], i) => {
        if (i > 0)
            out.push(', ');
        if (typeof x === 'number')
            out.push({ code: k }, ` ×${x}`);
        else
            out.push(`${finding_text_words(k)}: `, ...valueText(x));
    });
    if (entries.length > 12)
        out.push(` and ${entries.length - 12} more`);
    return out;
}
/** The finding's details as lines for people: its rule's `describe`, else each value under a worded key. */
function detailLines(f) {
    const lower = f.details.lowerBound === true
        ? [['The counts are lower bounds: a run’s event log was incomplete, so some records were not read.']]
        : [];
    const rule = (0,src_rules/* ruleById */.BD)(f.rule);
    if (rule?.describe) {
        try {
            return [...rule.describe(f.details, f.count, f.runs.length), ...lower];
        }
        catch {
            // A report from another version whose details have another shape: the generic lines below.
        }
    }
    return [
        ...Object.entries(f.details)
            .filter(([k]) => k !== 'lowerBound')
            .map(([k, v]) => [`${finding_text_words(k).replace(/^./, (ch) => ch.toUpperCase())}: `, ...valueText(v)]),
        ...lower,
    ];
}
/** The Markdown title of a finding. */
function markdownTitle(f) {
    const text = (0,src_rules/* messageText */.Lo)(f.rule, f.message);
    // A finding without a message (a report of an older version) has a title with code spans made by `code()`.
    return text ? richMarkdown(text) : (0,sanitize/* inline */.mG)(f.title);
}
/** Authored rule text as Markdown (code spans rendered, not shown as backticks). */
function markdownRuleText(text, max = 600) {
    return richMarkdown(ruleText(text), max);
}
/** Authored rule text as plain text (no backticks). */
function plainRuleText(text) {
    return richPlain(ruleText(text));
}

// EXTERNAL MODULE: ./src/report/verdict.ts
var verdict = __nccwpck_require__(687);
// EXTERNAL MODULE: ./src/report/links.ts
var links = __nccwpck_require__(3303);
;// CONCATENATED MODULE: ./src/report/markdown.ts










const ISSUE_BODY_BUDGET = 60_000;
const ICON = { critical: '🔴', warning: '🟡', info: '🟢' };
const SECTION = {
    critical: 'Critical Findings',
    warning: 'Warnings',
    info: 'Informational',
};
const LABEL = { critical: 'Critical', warning: 'Warning', info: 'Info' };
const LEVELS = [
    { evidence: new Set(['critical', 'warning', 'info']), maxFindings: 200, maxRuns: 500, details: true },
    { evidence: new Set(['critical', 'warning']), maxFindings: 200, maxRuns: 500, details: true },
    { evidence: new Set(['critical']), maxFindings: 100, maxRuns: 300, details: true },
    { evidence: new Set(), maxFindings: 60, maxRuns: 200, details: false },
    { evidence: new Set(), maxFindings: 25, maxRuns: 100, details: false },
    { evidence: new Set(), maxFindings: 10, maxRuns: 40, details: false },
];
function runLink(id, facts, opts) {
    const url = facts?.url ?? opts.runUrl?.(id) ?? null;
    const label = (0,sanitize/* plain */.pj)(id, 40);
    // A run.json in a logs folder can say anything: an issue URL would cross-link that issue, a malformed one throw.
    return url && links/* RUN_URL */.M.test(url) ? `[${label}](${url})` : label;
}
/**
 * The job an evidence file came from: a job log (`workflow-logs/⟨job⟩/…`) names its job; every artifact file (the
 * gateway's and the firewall's logs) was uploaded by the agent job.
 */
function jobOf(file) {
    const m = /(?:^|\/)workflow-logs\/([^/]+)\//.exec(file);
    return m ? m[1] : 'agent';
}
/** A link to the job `name` of a run, or null when its page is not known (or not a job page). */
function jobLink(facts, name, label) {
    const url = facts?.jobs?.find((j) => j.name === name)?.url;
    return url && links/* JOB_URL */.c.test(url) ? `[${label}](${url})` : null;
}
/** The anchor a finding's section carries, and a link to it (`[W-1](#w-1)`). */
function anchorOf(f) {
    return f.id.toLowerCase();
}
function findingLink(f) {
    return `[${f.id}](#${anchorOf(f)})`;
}
function workflowsOf(f, facts) {
    return [...new Set(f.runs.map((id) => facts.get(id)?.workflow).filter((w) => !!w))];
}
function evidenceBlock(f, facts, opts) {
    const out = [];
    for (const g of evidenceGroups(f.evidence, f.runs)) {
        const day = g.day ? ` · ${g.day} UTC` : '';
        const job = jobOf(g.file);
        const jobPage = jobLink(facts.get(g.run), job, `${(0,sanitize/* plain */.pj)(job, 60)} job`);
        out.push('', 
        // The run only when the finding has several (its line above names a single one).
        `<sub>${(0,sanitize/* plain */.pj)(shortFile(g.file), 120)}${f.runs.length > 1 ? ` · run ${runLink(g.run, facts.get(g.run), opts)}` : ''}${jobPage ? ` · ${jobPage}` : ''}${day}</sub>`, '', (0,sanitize/* fence */.EU)(g.lines.map((l) => l.text)));
    }
    return out;
}
function renderFinding(f, report, level, opts, isNew) {
    const facts = new Map(report.runs.map((r) => [r.id, r]));
    const meta = (0,src_rules/* ruleById */.BD)(f.rule)?.meta;
    const lines = [];
    lines.push(`#### ${f.id} · ${markdownTitle(f)}${isNew ? ' 🆕' : ''} <a name="${anchorOf(f)}"></a>`);
    const runs = f.runs.slice(0, 10).map((id) => runLink(id, facts.get(id), opts));
    const more = f.runs.length > 10 ? ` and ${f.runs.length - 10} more` : '';
    const workflows = workflowsOf(f, facts).slice(0, 5);
    lines.push([
        // A fixed word first: a workflow name at the start of the line could make it a heading or a list.
        workflows.length
            ? `${workflows.length === 1 ? 'Workflow' : 'Workflows'} ${workflows.map((w) => (0,sanitize/* plain */.pj)(w, 80)).join(', ')}`
            : null,
        `${f.runs.length === 1 ? 'run' : `${f.runs.length} runs`} ${runs.join(', ')}${more}`,
        (0,words/* count */.U)(f.count, 'occurrence'),
        `rule ${(0,sanitize/* code */.aY)(f.rule)}`,
    ]
        .filter((x) => x !== null)
        .join(' · '));
    if (level.details) {
        const details = detailLines(f).map((line) => `- ${richMarkdown(line)}`);
        if (details.length > 0)
            lines.push('', ...details);
        if (meta)
            lines.push('', `**Why it matters**: ${markdownRuleText(meta.why)}`);
    }
    if (level.evidence.has(f.severity) && f.evidence.length > 0)
        lines.push(...evidenceBlock(f, facts, opts));
    lines.push('', `**What to do**: ${markdownRuleText(f.recommendation)}`);
    return lines.join('\n');
}
const VERDICT_ICON = { clean: '✅', findings: '🔴', incomplete: '⚠️', inconclusive: '⬜' };
/** Runs named in the lead line, each with the reason it was not (fully) audited. */
function uncoveredList(report, opts, max = 5) {
    const runs = (0,verdict/* uncoveredRuns */.qX)(report);
    const shown = runs
        .slice(0, max)
        .map((r) => `${runLink(r.id, r, opts)} (${r.coverage}: ${(0,sanitize/* code */.aY)((0,verdict/* whyNotAudited */.KY)(r), 160)})`);
    return shown.join('; ') + (runs.length > max ? `; and ${runs.length - max} more` : '');
}
function leadItems(report, max = 3) {
    const facts = new Map(report.runs.map((r) => [r.id, r]));
    const seen = new Set();
    const items = [];
    for (const f of report.findings) {
        if (f.severity === 'info' || seen.has(f.rule))
            continue;
        seen.add(f.rule);
        const a = actionOf(f.rule);
        const workflows = report.findings
            .filter((g) => g.rule === f.rule && g.severity !== 'info')
            .flatMap((g) => workflowsOf(g, facts));
        items.push({
            finding: f,
            what: a?.what ?? ((0,src_rules/* ruleById */.BD)(f.rule)?.meta.title ?? f.rule).toLowerCase(),
            todo: a?.todo ?? '',
            workflows: [...new Set(workflows)],
        });
    }
    return items.slice(0, max);
}
function where(workflows, name) {
    if (workflows.length === 0)
        return '';
    if (workflows.length > 2)
        return ` in ${workflows.length} workflows`;
    return ` in ${(0,words/* listOf */.c)(workflows.map(name))}`;
}
/** `2 warnings in 2 of 3 runs`, `1 critical finding and 2 warnings in 1 run`. */
function findingsPhrase(report) {
    const s = report.summary;
    const hit = new Set(report.findings.filter((f) => f.severity !== 'info').flatMap((f) => f.runs)).size;
    const parts = [
        s.critical > 0 ? (0,words/* count */.U)(s.critical, 'critical finding') : null,
        s.warning > 0 ? (0,words/* count */.U)(s.warning, 'warning') : null,
    ].filter((x) => x !== null);
    return `${(0,words/* listOf */.c)(parts)} in ${hit === s.runs ? (0,words/* count */.U)(hit, 'run') : `${hit} of ${(0,words/* count */.U)(s.runs, 'run')}`}`;
}
/** The verdict every view leads with: what is wrong and the one to three things to do. */
function verdictLine(report, opts = {}) {
    const s = report.summary;
    // Findings: red with a critical one, yellow with warnings only.
    const icon = s.verdict === 'findings' && s.critical === 0 ? ICON.warning : VERDICT_ICON[s.verdict];
    const head = `**Verdict: ${s.verdict}** ${icon}`;
    const gaps = report.runs.filter(verdict/* notFullyAudited */.WG).length;
    switch (s.verdict) {
        case 'clean':
            return `${head} — clean bill of health: ${(0,words/* count */.U)(s.runs, 'run')} fully audited, no critical or warning finding.`;
        case 'findings': {
            const items = leadItems(report).map((i) => `${i.what}${where(i.workflows, (w) => (0,sanitize/* plain */.pj)(w, 80))}${i.todo ? ` (${(0,sanitize/* inline */.mG)(i.todo)})` : ''} — ${findingLink(i.finding)}`);
            const rules = new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).size;
            const more = rules > items.length ? `; and ${(0,words/* count */.U)(rules - items.length, 'more problem')}` : '';
            const gap = gaps > 0 ? ` ${gaps} of ${(0,words/* count */.U)(s.runs, 'run')} not fully audited.` : '';
            return `${head} — ${findingsPhrase(report)}: ${items.join('; ')}${more}.${gap}`;
        }
        case 'incomplete':
            return `${head} — no critical or warning finding, but ${gaps} of ${(0,words/* count */.U)(s.runs, 'run')} not fully audited, so this is not a clean result: ${uncoveredList(report, opts)}.`;
        case 'inconclusive':
            return `${head} — nothing was audited: ${(0,verdict/* inconclusiveReason */.f1)(report)}${report.runs.length > 0 ? `: ${uncoveredList(report, opts)}` : ''}.`;
    }
}
/** The closing section: each place to change once, with the findings it answers. */
function recommendations(report) {
    const serious = report.findings.filter((f) => f.severity !== 'info');
    const out = [];
    const byArea = new Map();
    for (const f of serious) {
        const area = actionOf(f.rule)?.area ?? `other:${f.recommendation}`;
        byArea.set(area, [...(byArea.get(area) ?? []), f]);
    }
    const ids = (fs) => fs.slice(0, 8).map(findingLink).join(', ') + (fs.length > 8 ? ` and ${fs.length - 8} more` : '');
    for (const [area, heading] of AREAS) {
        const fs = byArea.get(area);
        if (!fs)
            continue;
        const todos = [...new Set(fs.map((f) => actionOf(f.rule)?.todo ?? ''))].filter(Boolean);
        const text = todos.map((t) => t.charAt(0).toUpperCase() + t.slice(1)).join('; ');
        out.push(`- **${heading}** (${ids(fs)}): ${(0,sanitize/* inline */.mG)(text)}.`);
    }
    for (const [area, fs] of byArea) {
        if (!area.startsWith('other:'))
            continue;
        out.push(`- **${ids(fs)}**: ${markdownRuleText(fs[0].recommendation)}`);
    }
    return out.slice(0, 20);
}
function historyChart(history) {
    const shown = history.slice(-MAX_HISTORY);
    // Days, or days and times when several audits ran on one day (a category axis merges equal labels).
    const days = shown.map((h) => h.date.slice(5, 10));
    const labels = (new Set(days).size === days.length
        ? days
        : shown.map((h) => `${h.date.slice(5, 10)} ${h.date.slice(11, 16)}`)).map((l) => JSON.stringify(l));
    const serious = shown.map((h) => h.critical + h.warning);
    const info = shown.map((h) => h.info);
    const top = Math.max(1, ...serious, ...info);
    return [
        '',
        '```mermaid',
        'xychart-beta',
        '  title "Findings per audit (bars: critical and warning; line: informational)"',
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "Findings" 0 --> ${top}`,
        `  bar [${serious.join(', ')}]`,
        `  line [${info.join(', ')}]`,
        '```',
    ];
}
function runsTable(report, level, opts) {
    const out = [
        '',
        '### Runs Analyzed',
        '',
        '| Run | Workflow | Branch | Agent Invoked | DIFC Filtered | Firewall Blocks | Coverage | Findings |',
        '|-----|----------|--------|---------------|---------------|-----------------|----------|----------|',
    ];
    for (const r of report.runs.slice(0, level.maxRuns)) {
        const invoked = r.agentInvoked === true ? '✅' : r.agentInvoked === false ? '❌ early-exit' : '❔ unknown';
        // The agent job's page, when known (where its logs and artifacts are).
        const agent = jobLink(r, 'agent', invoked) ?? invoked;
        const hits = report.findings.filter((f) => f.runs.includes(r.id));
        const links = hits.slice(0, 6).map(findingLink).join(', ') + (hits.length > 6 ? ` and ${hits.length - 6} more` : '');
        // A run that was not audited is never shown as clean.
        const status = r.status === 'critical'
            ? '❌'
            : r.status === 'warning'
                ? '⚠️'
                : r.status === 'unaudited' || r.coverage === 'none'
                    ? '⬜ not audited'
                    : '✅';
        const findings = hits.length > 0 ? `${status} ${links}` : status === '✅' ? '✅ none' : status;
        const coverage = r.coverage === 'full' ? 'full' : r.coverage === 'none' ? '⬜ none' : '◐ partial';
        const fw = r.firewall.total === null ? `${r.firewall.blocked}` : `${r.firewall.blocked} of ${r.firewall.total}`;
        out.push(`| ${runLink(r.id, r, opts)} | ${r.workflow ? (0,sanitize/* plain */.pj)(r.workflow, 80) : '–'} | ${r.branch ? (0,sanitize/* plain */.pj)(r.branch, 60) : '–'} | ${agent} | ${r.difc.filtered}${r.difc.guarded ? '' : ' (unguarded)'} | ${fw} | ${coverage} | ${findings} |`);
    }
    if (report.runs.length > level.maxRuns)
        out.push('', `> ${(0,words/* count */.U)(report.runs.length - level.maxRuns, 'more run')} in the JSON report.`);
    return out;
}
/** `95 requests; rate limit 4905 of 5000 left (reserve 500), resets 21:14 UTC` and whether the budget cut it short. */
function apiUsageLine(api) {
    const rl = api.rateLimit;
    const limit = rl
        ? `; rate limit ${rl.remaining} of ${rl.limit} left${api.reserve !== null ? ` (reserve ${api.reserve})` : ''}, resets ${rl.reset.slice(11, 16)} UTC`
        : '';
    const cut = api.cutShort
        ? `; the budget cut the audit short (${(0,words/* count */.U)(api.cutShort.runs.length, 'run')} left out${api.cutShort.repositories.length > 0 ? `, ${(0,words/* count */.U)(api.cutShort.repositories.length, 'repository', 'repositories')} not covered` : ''})`
        : '';
    return `${(0,words/* count */.U)(api.requests, 'request')}${limit}${cut}`;
}
/** The repository's Actions page (`https://HOST/OWNER/REPO/actions`), from one of its run links. */
function actionsPage(row) {
    for (const r of row.report?.runs ?? []) {
        if (!r.url || !links/* RUN_URL */.M.test(r.url))
            continue;
        const m = /^(https?:\/\/[^/]+\/([^/]+\/[^/]+))\/actions\/runs\//.exec(r.url);
        if (m && m[2].toLowerCase() === row.repository.toLowerCase())
            return `${m[1]}/actions`;
    }
    return null;
}
/** `issue-mode: single`: a row per repository, its runs, findings and verdict, linked to its runs. */
function repositoriesTable(rows, level) {
    const out = [
        '',
        '### Repositories',
        '',
        '| Repository | Runs | Not fully audited | Critical | Warning | Info | Verdict |',
        '|------------|------|-------------------|----------|---------|------|---------|',
    ];
    for (const row of rows.slice(0, level.maxRuns)) {
        const page = actionsPage(row);
        const name = page ? `[${(0,sanitize/* plain */.pj)(row.repository, 140)}](${page})` : (0,sanitize/* plain */.pj)(row.repository, 140);
        const r = row.report;
        if (!r) {
            out.push(`| ${name} | – | – | – | – | – | ⬜ not covered${row.reason ? `: ${(0,sanitize/* plain */.pj)(row.reason, 200)}` : ''} |`);
            continue;
        }
        const s = r.summary;
        const icon = s.verdict === 'findings' && s.critical === 0 ? ICON.warning : VERDICT_ICON[s.verdict];
        out.push(`| ${name} | ${s.runs} | ${r.runs.filter(verdict/* notFullyAudited */.WG).length} | ${s.critical} | ${s.warning} | ${s.info} | ${icon} ${s.verdict} |`);
    }
    if (rows.length > level.maxRuns)
        out.push('', `> ${(0,words/* count */.U)(rows.length - level.maxRuns, 'more repository', 'more repositories')} not shown (their runs are in the JSON report).`);
    return out;
}
function suppressedSection(report) {
    const out = [];
    const list = report.suppressed ?? [];
    if (list.length > 0) {
        out.push('', `<details><summary><b>Accepted findings</b> (${list.length})</summary>`, '');
        for (const s of list.slice(0, 50))
            out.push(`- ${ICON[s.finding.severity]} ${markdownTitle(s.finding)} · ${(0,sanitize/* code */.aY)(s.finding.rule)} · accepted until ${(0,sanitize/* plain */.pj)(s.expires, 20)}: ${(0,sanitize/* plain */.pj)(s.reason, 300)}`);
        if (list.length > 50)
            out.push(`- and ${(0,words/* count */.U)(list.length - 50, 'more accepted finding')}`);
        out.push('', '</details>');
    }
    const notes = report.suppressionNotes ?? [];
    if (notes.length > 0) {
        out.push('', '> [!NOTE]');
        for (const n of notes.slice(0, 20))
            out.push(`> - ${(0,sanitize/* plain */.pj)(n, 300)}`);
    }
    return out;
}
function render(report, level, opts) {
    const out = [];
    const target = report.target ?? 'local logs';
    const prevKeys = new Set(Object.keys(opts.previous?.findings ?? {}));
    const isNew = (f) => opts.previous != null && !prevKeys.has(`${f.fingerprint}:${f.severity}`);
    const state = stateOf(report, opts.previous ?? null);
    out.push(`### Integrity Filtering Audit — ${(0,sanitize/* plain */.pj)(target, 140)}`, '', verdictLine(report, opts), '');
    const period = opts.periodLabel ?? 'Local logs';
    const win = report.window.from && report.window.to ? ` (${report.window.from} → ${report.window.to})` : '';
    out.push(`**Audit period**: ${(0,sanitize/* plain */.pj)(period)}${win}  `);
    out.push(`**Runs analyzed**: ${(0,words/* count */.U)(report.summary.runs, 'completed run')}${report.target ? ` in ${(0,sanitize/* plain */.pj)(report.target, 140)}` : ''}  `);
    out.push(`**Runs with artifacts**: ${report.summary.runsWithArtifacts}${report.api ? '  ' : ''}`);
    if (report.api)
        out.push(`**GitHub API**: ${apiUsageLine(report.api)}`);
    const partial = report.runs.filter(verdict/* notFullyAudited */.WG);
    if (partial.length > 0) {
        out.push('', `> [!NOTE]\n> ${partial.length} of ${(0,words/* count */.U)(report.runs.length, 'run')} not fully audited (coverage partial or none): see the Runs Analyzed table and the evidence-missing findings.`);
    }
    if (report.notes?.length) {
        out.push('', ...report.notes.slice(0, 10).map((n) => `> ${(0,sanitize/* plain */.pj)(n, 400)}`));
    }
    if (opts.repositories?.length)
        out.push(...repositoriesTable(opts.repositories, level));
    out.push('', '### Findings Summary', '', '| Severity | Count | Description |', '|----------|-------|-------------|');
    for (const sev of ['critical', 'warning', 'info']) {
        const fs = report.findings.filter((f) => f.severity === sev);
        const desc = fs.length === 0
            ? 'None'
            : fs
                .slice(0, 4)
                .map((f) => `${findingLink(f)}: ${markdownTitle(f)}`)
                .join('<br>') + (fs.length > 4 ? `<br>… and ${fs.length - 4} more` : '');
        out.push(`| ${ICON[sev]} ${LABEL[sev]} | ${report.summary[sev]} | ${desc} |`);
    }
    if (opts.previous) {
        const resolved = Object.entries(opts.previous.findings).filter(([k]) => !report.findings.some((f) => `${f.fingerprint}:${f.severity}` === k));
        const added = report.findings.filter(isNew);
        out.push('', `**Since the last audit**: ${added.length} new, ${report.findings.length - added.length} recurring, ${resolved.length} resolved.`);
        if (state.history && state.history.length >= 2)
            out.push(...historyChart(state.history));
        if (resolved.length > 0) {
            out.push('', '<details><summary><b>Resolved since the last audit</b></summary>', '');
            for (const [, r] of resolved.slice(0, 30))
                out.push(`- ${ICON[r.severity]} ${(0,sanitize/* code */.aY)(r.rule)}: ${markdownRuleText(r.title ?? r.rule, 300)}`);
            out.push('', '</details>');
        }
    }
    let shown = 0;
    let omitted = 0;
    for (const sev of ['critical', 'warning', 'info']) {
        const fs = report.findings.filter((f) => f.severity === sev);
        if (fs.length === 0)
            continue;
        out.push('', `<details${sev === 'critical' ? ' open' : ''}><summary><b>${SECTION[sev]}</b> (${fs.length})</summary>`, '');
        for (const f of fs) {
            if (shown >= level.maxFindings) {
                omitted++;
                continue;
            }
            shown++;
            out.push(renderFinding(f, report, level, opts, isNew(f)), '');
        }
        out.push('</details>');
    }
    if (omitted > 0)
        out.push('', `> ${(0,words/* count */.U)(omitted, 'finding')} not shown here to stay within GitHub's size limit; the JSON report has them all.`);
    if (level !== LEVELS[0])
        out.push('', "> Evidence excerpts were shortened or left out to stay within GitHub's size limit; the JSON report has them.");
    out.push(...suppressedSection(report));
    out.push(...runsTable(report, level, opts));
    out.push('', '### Recommendations', '');
    const recs = recommendations(report);
    if (recs.length === 0) {
        const verdict = report.summary.verdict;
        out.push(verdict === 'clean'
            ? report.findings.length === 0
                ? '✅ Clean bill of health: no findings in the audited runs.'
                : '✅ Clean bill of health: no critical or warning findings, nothing to act on.'
            : verdict === 'inconclusive'
                ? "⬜ Nothing was audited, so this is not a clean result: make the runs' logs available (artifacts within their retention period, or a folder that holds run evidence) and audit again."
                : '⚠️ No critical or warning finding in the evidence that was read, but not every run was fully audited, so this is not a clean result: see the runs without full coverage above.');
    }
    out.push(...recs);
    out.push('', `<sub>Generated by integrity-audit at ${report.generatedAt}.</sub>`);
    if (opts.includeState !== false)
        out.push('', renderState(state));
    return out.join('\n') + '\n';
}
/** Renders the issue body within the budget, dropping detail level by level. */
function renderMarkdown(report, opts = {}) {
    const budget = opts.budget ?? ISSUE_BODY_BUDGET;
    const size = opts.size ?? ((text) => text.length);
    let body = '';
    for (const level of LEVELS) {
        body = render(report, level, opts);
        if (size(body) <= budget)
            return body;
    }
    // Last resort: the header, the summary table and the state block only.
    const state = opts.includeState !== false ? '\n' + renderState(stateOf(report, opts.previous ?? null)) + '\n' : '';
    const head = body.slice(0, Math.min(body.indexOf('### Findings Summary'), budget - state.length - 200));
    return `${head}\n\n> The full report is too large for an issue body; see the JSON report.\n${state}`;
}

;// CONCATENATED MODULE: ./src/report/text.ts






const SEV = { critical: 'CRITICAL', warning: 'WARNING ', info: 'INFO    ' };
function pad(s, n) {
    return s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n);
}
/** Strips terminal control sequences from untrusted text. */
function clean(s) {
    return (0,sanitize/* redact */.E$)(s)
        .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}
/** The one-line verdict the view leads with. */
function textVerdictLine(report) {
    const s = report.summary;
    const gaps = report.runs.filter(verdict/* notFullyAudited */.WG).length;
    const list = () => {
        const runs = (0,verdict/* uncoveredRuns */.qX)(report);
        return (runs
            .slice(0, 5)
            .map((r) => `${clean(r.id)} (${r.coverage}: ${clean((0,verdict/* whyNotAudited */.KY)(r)).slice(0, 160)})`)
            .join('; ') + (runs.length > 5 ? `; and ${runs.length - 5} more` : ''));
    };
    switch (s.verdict) {
        case 'clean':
            return `VERDICT: CLEAN — clean bill of health: ${(0,words/* count */.U)(s.runs, 'run')} fully audited, no critical or warning finding`;
        case 'findings': {
            const todo = leadItems(report)
                .map((i) => `${i.finding.id} ${i.what}${i.workflows.length ? ` in ${clean(i.workflows.slice(0, 2).join(', '))}` : ''}${i.todo ? ` (${i.todo.replace(/`/g, '')})` : ''}`)
                .join('; ');
            return `VERDICT: FINDINGS — ${clean(findingsPhrase(report))}${gaps > 0 ? `; ${gaps} of ${(0,words/* count */.U)(s.runs, 'run')} not fully audited` : ''}${todo ? ` — ${todo}` : ''}`;
        }
        case 'incomplete':
            return `VERDICT: INCOMPLETE — no critical or warning finding, but ${gaps} of ${(0,words/* count */.U)(s.runs, 'run')} not fully audited (not a clean result): ${list()}`;
        case 'inconclusive':
            return `VERDICT: INCONCLUSIVE — nothing was audited: ${clean((0,verdict/* inconclusiveReason */.f1)(report))}${report.runs.length > 0 ? `: ${list()}` : ''}`;
    }
}
function renderText(report) {
    const out = [];
    const s = report.summary;
    out.push(textVerdictLine(report));
    out.push(`integrity-audit — ${report.target ?? 'local logs'}: ${(0,words/* count */.U)(s.runs, 'run')}, ${s.runsWithArtifacts} with evidence — ${s.critical} critical, ${s.warning} warning, ${s.info} info`);
    if (report.api)
        out.push(`GitHub API: ${clean(apiUsageLine(report.api))}`);
    // What was left out of the whole audit (the API budget, runs beyond max-runs, repositories not covered).
    for (const n of report.notes ?? [])
        out.push(`note: ${clean(n)}`);
    out.push('');
    out.push(`${pad('RUN', 14)} ${pad('WORKFLOW', 28)} ${pad('AGENT', 7)} ${pad('DIFC', 6)} ${pad('FW BLOCKS', 10)} ${pad('COVERAGE', 9)} STATUS`);
    for (const r of report.runs) {
        const agent = r.agentInvoked === true ? 'yes' : r.agentInvoked === false ? 'no' : '?';
        const fw = r.firewall.total === null ? `${r.firewall.blocked}` : `${r.firewall.blocked}/${r.firewall.total}`;
        out.push(`${pad(clean(r.id), 14)} ${pad(clean(r.workflow ?? '-'), 28)} ${pad(agent, 7)} ${pad(String(r.difc.filtered) + (r.difc.guarded ? '' : '*'), 6)} ${pad(fw, 10)} ${pad(r.coverage, 9)} ${r.status}`);
    }
    if (report.runs.some((r) => !r.difc.guarded))
        out.push('  (* no GitHub guard registered)');
    out.push('');
    if (report.findings.length === 0)
        out.push('No findings.');
    for (const f of report.findings) {
        out.push(`${SEV[f.severity]} ${f.id.padEnd(5)} ${clean(richPlain(titleText(f)))}`);
        out.push(`         rule ${f.rule} · ${(0,words/* count */.U)(f.count, 'occurrence')} · ${f.runs.length === 1 ? 'run' : 'runs'} ${clean(f.runs.slice(0, 5).join(', '))}${f.runs.length > 5 ? ` and ${f.runs.length - 5} more` : ''}`);
        for (const line of detailLines(f).slice(0, 4))
            out.push(`         ${clean(richPlain(line)).slice(0, 200)}`);
        for (const g of evidenceGroups(f.evidence.slice(0, 3), f.runs, 150)) {
            out.push(`         ${clean(shortFile(g.file))} (run ${clean(g.run)}${g.day ? `, ${g.day} UTC` : ''})`);
            for (const l of g.lines)
                out.push(`         ${clean(l.text)}`);
        }
        if (f.severity !== 'info')
            out.push(`         → ${clean(plainRuleText(f.recommendation))}`);
    }
    for (const a of report.suppressed ?? [])
        out.push(`accepted ${a.finding.id} ${a.finding.rule} until ${a.expires}: ${clean(a.reason).slice(0, 160)} (not counted)`);
    for (const n of report.suppressionNotes ?? [])
        out.push(`note: ${clean(n)}`);
    for (const r of report.runs) {
        for (const n of r.coverageNotes ?? [])
            out.push(`note: run ${clean(r.id)}: ${clean(n)}`);
        for (const n of r.evidenceNotes ?? [])
            out.push(`note: run ${clean(r.id)}: ${clean(n)} (coverage not lowered)`);
    }
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/report/sarif.ts



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/octo-org/integrity-audit';
const LEVEL = { critical: 'error', warning: 'warning', info: 'note' };
/** GitHub's security severity (0–10): critical findings are high, warnings medium. */
const SECURITY_SEVERITY = { critical: '8.0', warning: '5.0', info: '2.0' };
/** `Smoke Copilot` → `smoke-copilot`: gh-aw names the lock file after the `.md` file, usually the name in kebab case. */
function slug(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** The repository path a finding of this run is located on. */
function workflowFileOf(run, opts = {}) {
    const path = run?.workflowPath;
    if (path && /^\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml$/.test(path)) {
        const md = path.replace(/(?:\.lock)?\.ya?ml$/, '.md');
        if (!opts.exists || opts.exists(md))
            return md;
        return path;
    }
    const name = run?.workflow ? slug(run.workflow) : '';
    return `.github/workflows/${name || 'unknown-workflow'}.md`;
}
function plainText(text) {
    return (0,sanitize/* redact */.E$)(text).replace(/`/g, '');
}
function sarif_message(f, facts) {
    const runs = f.runs.slice(0, 5).map((id) => {
        const r = facts.get(id);
        return r?.url ? `${id} (${r.url})` : id;
    });
    const more = f.runs.length > 5 ? ` and ${f.runs.length - 5} more` : '';
    return `${plainText(f.title)}. Seen in ${f.runs.length === 1 ? 'run' : 'runs'} ${runs.join(', ')}${more}. ${plainText(f.recommendation)}`;
}
function renderSarif(report, opts = {}) {
    const facts = new Map(report.runs.map((r) => [r.id, r]));
    const ruleIndex = new Map(src_rules/* RULES */.y0.map((r, i) => [r.meta.id, i]));
    const rules = src_rules/* RULES */.y0.map((r) => ({
        id: r.meta.id,
        name: r.meta.id
            .split('-')
            .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
            .join(''),
        shortDescription: { text: plainText(r.meta.title) },
        fullDescription: { text: plainText(r.meta.why) },
        help: { text: plainText(r.meta.fix), markdown: r.meta.fix },
        defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
        properties: {
            tags: ['security', 'integrity-filtering'],
            'security-severity': SECURITY_SEVERITY[r.meta.defaultSeverity],
        },
    }));
    const results = report.findings
        .filter((f) => f.severity !== 'info')
        .flatMap((f) => {
        // One result per workflow file the finding's runs belong to: an alert lives on one file.
        const files = [...new Set(f.runs.map((id) => workflowFileOf(facts.get(id), opts)))];
        return files.map((uri) => ({
            ruleId: f.rule,
            ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: sarif_message(f, facts) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                        region: { startLine: 1 },
                    },
                },
            ],
            partialFingerprints: {
                'integrityAudit/v1': files.length > 1 ? `${f.fingerprint}:${uri}` : f.fingerprint,
            },
            properties: {
                findingId: f.id,
                severity: f.severity,
                count: f.count,
                runs: f.runs.slice(0, 50),
                'security-severity': SECURITY_SEVERITY[f.severity],
            },
        }));
    });
    const sarif = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'integrity-audit',
                        version: version/* VERSION */.x,
                        semanticVersion: version/* VERSION */.x,
                        informationUri: INFORMATION_URI,
                        rules,
                    },
                },
                automationDetails: { id: `integrity-audit/${report.target ?? 'local'}/` },
                results,
                properties: { verdict: report.summary.verdict, generatedAt: report.generatedAt },
            },
        ],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/sources/local.ts
var local = __nccwpck_require__(9765);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/util/json-pieces.ts
// `JSON.stringify(value, null, 2)` in pieces: the same text, byte for byte, without ever holding all of it. A report
// of thousands of findings is tens of MB of JSON; rendered as one string and written, it was held twice (the string
// and the bytes written), which was most of an audit's peak memory on inputs with many findings. And the one way the
// reports are written to a file: in pieces, to a temporary file renamed into place (writePiecesAtomically).

/** Values JSON.stringify leaves out of an object (and writes as `null` in an array). */
function omitted(v) {
    return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}
/** `JSON.stringify(v, null, 2)` of a nested value, each line after the first indented by `indent` more. */
function nested(v, indent) {
    const text = JSON.stringify(v, null, 2) ?? 'null';
    return text.includes('\n') ? text.replace(/\n/g, '\n' + indent) : text;
}
/**
 * The pieces of `JSON.stringify(value, null, 2)`: an object's members one by one, and each element of an array member
 * one by one (the report's runs and findings). Anything else (a value with `toJSON`, not a plain object) is one piece.
 */
function* prettyJsonPieces(value) {
    if (typeof value !== 'object' ||
        value === null ||
        Array.isArray(value) ||
        typeof value.toJSON === 'function') {
        yield JSON.stringify(value, null, 2) ?? 'undefined';
        return;
    }
    const keys = Object.keys(value).filter((k) => !omitted(value[k]));
    if (keys.length === 0) {
        yield '{}';
        return;
    }
    yield '{';
    for (const [i, k] of keys.entries()) {
        const v = value[k];
        const head = `\n  ${JSON.stringify(k)}: `;
        const tail = i < keys.length - 1 ? ',' : '';
        if (!Array.isArray(v) || v.length === 0 || typeof v.toJSON === 'function') {
            yield head + nested(v, '  ') + tail;
            continue;
        }
        yield head + '[';
        for (let j = 0; j < v.length; j++)
            yield `\n    ${omitted(v[j]) ? 'null' : nested(v[j], '    ')}${j < v.length - 1 ? ',' : ''}`;
        yield '\n  ]' + tail;
    }
    yield '\n}';
}
/** `JSON.stringify(value, null, 2) + '\n'`, the text of a JSON report file, in pieces (see prettyJsonPieces). */
function* prettyJsonFilePieces(value) {
    yield* prettyJsonPieces(value);
    yield '\n';
}
/** Writes all of `text` to `fd` (a write may take only part of it). */
function writeAll(fd, text) {
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length;)
        at += (0,external_node_fs_.writeSync)(fd, bytes, at, bytes.length - at);
}
/**
 * Writes `pieces` to `path` through the temporary file `tmp` beside it, renamed into place when complete: a reader
 * never sees half a file, and a text is never held whole when its pieces are not. On failure the temporary file is
 * removed and the error thrown.
 */
function writePiecesAtomically(path, tmp, pieces) {
    try {
        const fd = (0,external_node_fs_.openSync)(tmp, 'w');
        try {
            for (const piece of pieces)
                writeAll(fd, piece);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.renameSync)(tmp, path);
    }
    catch (err) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw err;
    }
}
/** Writes `JSON.stringify(value, null, 2) + '\n'` to `path`, piece by piece and atomically (writePiecesAtomically). */
function writePrettyJsonFile(path, tmp, value) {
    writePiecesAtomically(path, tmp, prettyJsonFilePieces(value));
}

;// CONCATENATED MODULE: ./src/cli/output.ts
// What every CLI command that produces a report does last: render it (json, markdown, text, sarif), write it (stdout or
// `--output`, atomically), and pass the one gate (report/verdict.ts, the action's too) for the exit status.







/**
 * Writes the report beside the target, then renames it (nothing half-written); no temporary file is left behind.
 */
function writeOutput(path, pieces) {
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)), `.${(0,external_node_path_.basename)(path)}.tmp-${process.pid}`);
    try {
        writePiecesAtomically(path, tmp, pieces);
    }
    catch (err) {
        throw new Error(`--output ${path}: could not be written (${(0,local/* pathErrorText */.ne)(err)})`);
    }
}
/**
 * The report in the chosen format, in pieces: JSON member by member (util/json-pieces.ts: the same text as
 * `JSON.stringify(report, null, 2)`, never held whole), the other formats as one text.
 */
function renderReport(report, format, periodLabel) {
    return format === 'json'
        ? prettyJsonFilePieces(report)
        : [
            format === 'markdown'
                ? renderMarkdown(report, { periodLabel, includeState: false })
                : format === 'sarif'
                    ? renderSarif(report)
                    : renderText(report),
        ];
}
/** Renders and writes the report, then gates it: the exit status (0, 3 or 4), the reason on stderr. */
function emitReport(report, out, periodLabel) {
    const pieces = renderReport(report, out.format, periodLabel);
    if (out.output !== null)
        writeOutput(out.output, pieces);
    else
        for (const piece of pieces)
            process.stdout.write(piece);
    const result = (0,verdict/* gate */.Gj)(report, out);
    if (result.reason)
        process.stderr.write(`${result.reason}\n`);
    return result.code;
}


/***/ }),

/***/ 1957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ checkOutputSetting),
/* harmony export */   QW: () => (/* binding */ analyzeSettings),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   nx: () => (/* binding */ configSetting),
/* harmony export */   xM: () => (/* binding */ outputSettings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_suppressions_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6104);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2973);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1717);
// The CLI's settings: the options of `analyze` (and `merge`) and the rules config file, read and validated in one
// place into one typed object, as the action's inputs are (action/inputs.ts). main.ts only reads it.





class UsageError extends Error {
}
/** Fails before the audit when `--output` cannot be written: a folder, or a file in a folder that does not exist. */
function checkOutput(path) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch {
        st = null;
    }
    if (st?.isDirectory())
        throw new UsageError(`--output ${path}: is a folder; give the path of a file`);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
    let dirSt;
    try {
        dirSt = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir);
    }
    catch {
        dirSt = null;
    }
    if (!dirSt?.isDirectory())
        throw new UsageError(`--output ${path}: the folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)} does not exist; create it first`);
}
/** `--format`, `--output`, `--fail-on`, `--require-full-coverage`, validated; `--output` checked writable. */
function outputSettings(values, stdoutIsTTY = process.stdout.isTTY === true) {
    const format = values.format ?? (stdoutIsTTY && !values.output ? 'text' : 'json');
    if (!['json', 'markdown', 'text', 'sarif'].includes(format))
        throw new UsageError(`--format must be json, markdown, text or sarif (got "${format}")`);
    const failOn = values['fail-on'];
    if (failOn !== undefined && !['critical', 'warning', 'never'].includes(failOn))
        throw new UsageError(`--fail-on must be critical or warning (got "${failOn}")`);
    return {
        format: format,
        output: values.output ?? null,
        failOn: (failOn ?? 'never'),
        requireFullCoverage: values['require-full-coverage'] === true,
    };
}
/** The settings of `analyze <path>...`: a ConfigError for a bad config file, a UsageError for the rest. */
function analyzeSettings(values, paths) {
    if (paths.length === 0)
        throw new UsageError('analyze needs at least one path');
    const out = outputSettings(values);
    const config = configSetting(values);
    if (out.output !== null)
        checkOutput(out.output);
    return { ...out, paths, config };
}
/** `--config FILE` loaded and checked (`analyze`, `merge`); the defaults without one. A ConfigError when wrong. */
function configSetting(values) {
    const config = values.config ? (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfigFile */ .HT)(values.config, _rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_SPECS */ .Ce) : _config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG */ .PV;
    (0,_report_suppressions_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSuppressions */ .Q9)(config.suppressions, _rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_IDS */ .Iu, values.config); // a mistake fails now, not after the audit
    return config;
}
/** Checks the `--output` file can be written (for commands that read no config). */
function checkOutputSetting(out) {
    if (out.output !== null)
        checkOutput(out.output);
}


/***/ }),

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ loadConfigFile),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export parseConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
// The rules config file: severity overrides, disabled rules, thresholds, expected domains, extra allowed repositories.


const DEFAULT_CONFIG = {
    rules: {},
    expectedDomains: [],
    allowedRepositories: [],
    repositoryVisibility: null,
    suppressions: [],
};
class ConfigError extends Error {
}
const SEVERITY_VALUES = ['critical', 'warning', 'info'];
/** An object whose keys are all in `allowed`; a typo must fail, not silently keep a default. */
function objectWithKeys(value, allowed, where, source) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new ConfigError(`${source}: ${where} must be an object`);
    for (const k of Object.keys(value)) {
        if (!allowed.includes(k))
            throw new ConfigError(`${source}: unknown key "${k}" in ${where} (accepted: ${allowed.join(', ')})`);
    }
    return value;
}
/** Made on first use: building an Ajv instance compiles its meta-schema, start-up time an audit without options skips. */
let ajv = null;
const validators = new WeakMap();
/** Checks a rule's options against its schema; the error names the rule and the option. */
function checkOptions(spec, id, options, source) {
    const where = `rule "${id}"`;
    const schema = spec?.schema;
    if (!schema) {
        if (typeof options === 'object' && options !== null && Object.keys(options).length === 0)
            return;
        throw new ConfigError(`${source}: ${where} has no options`);
    }
    const accepted = Object.keys(schema.properties);
    if (typeof options !== 'object' || options === null || Array.isArray(options))
        throw new ConfigError(`${source}: ${where}: "options" must be an object (accepted: ${accepted.join(', ')})`);
    for (const k of Object.keys(options))
        if (!accepted.includes(k))
            throw new ConfigError(`${source}: unknown option "${k}" of ${where} (accepted: ${accepted.join(', ')})`);
    let validate = validators.get(schema);
    if (!validate)
        validators.set(schema, (validate = (ajv ??= new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: false, strict: false })).compile(schema)));
    if (!validate(options)) {
        const e = validate.errors?.[0];
        const option = e?.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(options)';
        throw new ConfigError(`${source}: ${where}: option "${option}" ${e?.message ?? 'is invalid'}`);
    }
}
/**
 * Validates a parsed config object; every problem names the key and the accepted values. `knownRules` are the rules'
 * ids, or their specs (id and options schema) so that rule options are checked too.
 */
function parseConfig(value, knownRules, source = 'config') {
    const specs = new Map(knownRules.map((r) => typeof r === 'string' ? [r, undefined] : [r.id, r]));
    const ruleIds = [...specs.keys()];
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new ConfigError(`${source}: must be a JSON object`);
    const v = value;
    const allowed = [
        'rules',
        'thresholds',
        'expectedDomains',
        'allowedRepositories',
        'repositoryVisibility',
        'suppressions',
        '$schema',
    ];
    for (const k of Object.keys(v)) {
        if (!allowed.includes(k))
            throw new ConfigError(`${source}: unknown key "${k}" (accepted: ${allowed.filter((a) => a !== '$schema').join(', ')})`);
    }
    const config = structuredClone(DEFAULT_CONFIG);
    if (v.rules !== undefined) {
        if (typeof v.rules !== 'object' || v.rules === null)
            throw new ConfigError(`${source}: "rules" must be an object`);
        for (const [id, setting] of Object.entries(v.rules)) {
            if (!specs.has(id))
                throw new ConfigError(`${source}: unknown rule "${id}" in "rules" (known: ${ruleIds.join(', ')})`);
            const s = typeof setting === 'object' && setting !== null
                ? objectWithKeys(setting, ['severity', 'enabled', 'options'], `rule "${id}"`, source)
                : { severity: setting };
            const sev = s.severity;
            if (sev === 'off' || s.enabled === false)
                config.rules[id] = { enabled: false, severity: null };
            else if (sev === undefined || SEVERITY_VALUES.includes(sev))
                config.rules[id] = { enabled: true, severity: sev ?? null };
            else
                throw new ConfigError(`${source}: rule "${id}": severity must be one of off, critical, warning, info`);
            if (s.options !== undefined) {
                checkOptions(specs.get(id), id, s.options, source);
                config.rules[id].options = { ...s.options };
            }
        }
    }
    if (v.thresholds !== undefined) {
        const t = objectWithKeys(v.thresholds, ['over-filtering'], '"thresholds"', source);
        const of = objectWithKeys(t['over-filtering'] ?? {}, ['ratio', 'minItems'], '"thresholds.over-filtering"', source);
        if (of.ratio !== undefined) {
            if (typeof of.ratio !== 'number' || of.ratio <= 0 || of.ratio > 1)
                throw new ConfigError(`${source}: thresholds.over-filtering.ratio must be a number in (0, 1]`);
            ruleOptions(config, 'over-filtering').ratio ??= of.ratio;
        }
        if (of.minItems !== undefined) {
            if (!Number.isInteger(of.minItems) || of.minItems < 1)
                throw new ConfigError(`${source}: thresholds.over-filtering.minItems must be a positive integer`);
            ruleOptions(config, 'over-filtering').minItems ??= of.minItems;
        }
        // The old top-level thresholds are the rule's options; checked against its schema like `rules.<id>.options`.
        const opts = config.rules['over-filtering']?.options;
        if (opts && specs.get('over-filtering')?.schema)
            checkOptions(specs.get('over-filtering'), 'over-filtering', opts, source);
    }
    for (const key of ['expectedDomains', 'allowedRepositories']) {
        const list = v[key];
        if (list === undefined)
            continue;
        if (!Array.isArray(list) || list.some((x) => typeof x !== 'string'))
            throw new ConfigError(`${source}: "${key}" must be an array of strings`);
        config[key] = list.map((x) => x.trim().toLowerCase()).filter((x) => x !== '');
    }
    if (v.repositoryVisibility !== undefined) {
        if (v.repositoryVisibility !== 'public' &&
            v.repositoryVisibility !== 'private' &&
            v.repositoryVisibility !== null)
            throw new ConfigError(`${source}: "repositoryVisibility" must be "public" or "private"`);
        config.repositoryVisibility = v.repositoryVisibility;
    }
    if (v.suppressions !== undefined) {
        if (!Array.isArray(v.suppressions))
            throw new ConfigError(`${source}: "suppressions" must be an array`);
        config.suppressions = v.suppressions;
    }
    return config;
}
/** The options a config sets for a rule (created on first use; `rules.<id>.options` wins over old thresholds). */
function ruleOptions(config, id) {
    const setting = (config.rules[id] ??= { enabled: true, severity: null });
    return (setting.options ??= {});
}
function loadConfigFile(path, knownRules) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new ConfigError(`cannot read config file ${path}: ${err instanceof Error ? err.message : String(err)}`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new ConfigError(`config file ${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    return parseConfig(value, knownRules, path);
}


/***/ }),

/***/ 8959:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gL: () => (/* binding */ analyzeRequest),
  QM: () => (/* binding */ auditRuns),
  aC: () => (/* binding */ localJobs),
  Qg: () => (/* binding */ worthWorkers)
});

// UNUSED EXPORTS: FEW_CORES_WORKER_THRESHOLD_BYTES, WORKER_THRESHOLD_BYTES, analyzeJobs, analyzeSpec, dedupeAnalyses, inflateInAnalysingThreads, inflatesItself, reportOf, unreadableRun

// EXTERNAL MODULE: ./src/rules/index.ts + 24 modules
var rules = __nccwpck_require__(1717);
;// CONCATENATED MODULE: ./src/rules/options.ts
function optionsOf(meta, config) {
    const out = {};
    for (const [k, p] of Object.entries(meta.schema?.properties ?? {}))
        out[k] = structuredClone(p.default);
    return { ...out, ...(config.rules[meta.id]?.options ?? {}) };
}

// EXTERNAL MODULE: ./src/rules/view.ts
var rules_view = __nccwpck_require__(1830);
// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __nccwpck_require__(2701);
;// CONCATENATED MODULE: ./src/engine/sources.ts
/**
 * Filtered items and backend tool calls are counted from the JSONL when it exists, else from the text log. When the
 * gateway reported that the JSONL is incomplete (`WARNING: … JSONL …` in stderr.log), the JSONL can undercount: the
 * text log is taken instead when it holds more of that fact (still one source), and counts that stay with the JSONL
 * are lower bounds (a partial-coverage note here; `details.lowerBound` on the findings, see lowerBoundRules).
 */
function jsonlSources(jsonlFiles, jsonl, text, stderr) {
    const warnings = stderr.filter((e) => e.type === 'JsonlWriterWarning');
    const incomplete = jsonlIncomplete(jsonlFiles, stderr);
    const count = (list, type) => list.filter((e) => e.type === type).length;
    const chosen = new Map();
    for (const type of ['DifcFiltered', 'BackendToolCall'])
        chosen.set(type, jsonlFiles.length === 0 || (incomplete && count(text, type) > count(jsonl, type)));
    const notes = [];
    if (incomplete) {
        const taken = [...chosen].filter(([, t]) => t).map(([type]) => LABEL[type]);
        notes.push({
            file: jsonlFiles[0],
            reason: `incomplete: the gateway reported ${warnings.length} JSONL writer warning(s) in ${warnings[0].loc.file} ` +
                `(records dropped or not written, e.g. line ${warnings[0].loc.line}), so counts taken from it are lower bounds` +
                (taken.length > 0 ? `; ${taken.join(' and ')} counted from the text log instead` : ''),
            partial: true,
            kind: 'incomplete',
        });
    }
    return { fromText: (type) => chosen.get(type) ?? false, notes };
}
/** The run has a JSONL and the gateway said it is incomplete (JSONL writer warnings in stderr.log). */
function jsonlIncomplete(jsonlFiles, stderr) {
    return jsonlFiles.length > 0 && stderr.some((e) => e.type === 'JsonlWriterWarning');
}
const LABEL = {
    DifcFiltered: 'filtered items',
    BackendToolCall: 'backend tool calls',
};
/** Redacted text lines that could not be read whole: what they hid is said, and fails coverage when it matters. */
function redactionNotes(events) {
    const notes = [];
    const results = events.filter((e) => e.type === 'ToolCallResponse' && e.unparsed);
    if (results.length > 0) {
        // Only a policy with a repository list makes the scope check apply to these results.
        const scoped = events.some((e) => e.type === 'GuardPolicy' && Array.isArray(e.repos));
        notes.push({
            file: results[0].loc.file,
            reason: `${results.length} post-filter tool result(s) are not valid JSON (redacted lines, e.g. line ${results[0].loc.line}), so they were not checked for out-of-scope repositories`,
            partial: scoped,
            kind: 'incomplete',
        });
    }
    const items = events.filter((e) => e.type === 'DifcFiltered' && e.unparsed);
    if (items.length > 0) {
        const untagged = items.filter((e) => e.type === 'DifcFiltered' && e.integrityTags === null).length;
        notes.push({
            file: items[0].loc.file,
            reason: `${items.length} [DIFC-FILTERED] line(s) are not valid JSON (redacted, e.g. line ${items[0].loc.line}): counted, fields read one by one` +
                (untagged > 0 ? `; the integrity tags of ${untagged} could not be read and were not checked` : ''),
            partial: untagged > 0,
            kind: 'incomplete',
        });
    }
    return notes;
}
/**
 * Rules whose counts come from these events: when the run's JSONL is incomplete and some of these events came from
 * it, the finding's count is a lower bound (`details.lowerBound: true`).
 */
const LOWER_BOUND_RULES = {
    'difc-filtering-summary': ['DifcFiltered'],
    'empty-integrity-tags': ['DifcFiltered'],
    'unscoped-integrity-tag': ['DifcFiltered'],
    'unlabeled-passthrough': ['UnrecognizedEndpoint'],
    'guard-bypass': ['BackendToolCall'],
    'difc-not-enforced': ['BackendToolCall'],
};
/** The JSONL-sourced event types of a run whose JSONL is incomplete (empty when it is complete or absent). */
function lowerBoundTypes(events) {
    if (!events.some((e) => e.type === 'JsonlWriterWarning'))
        return new Set();
    const types = new Set();
    for (const e of events)
        if ('source' in e && e.source === 'jsonl')
            types.add(e.type);
    return types;
}
/** Marks the findings whose counts rest on an incomplete JSONL (see LOWER_BOUND_RULES). */
function markLowerBounds(events, findings) {
    const types = lowerBoundTypes(events);
    if (types.size === 0)
        return;
    for (const f of findings) {
        const uses = LOWER_BOUND_RULES[f.rule];
        if (uses?.some((t) => types.has(t)))
            f.details = { ...f.details, lowerBound: true };
    }
}

;// CONCATENATED MODULE: ./src/engine/unread-lines.ts
/** The note's `file`: what could not be read, not a file that failed to read (the note names the file). */
const UNREAD_GUARD_STATE = 'guard state';
function unreadLineNotes(view) {
    const notes = [];
    if (view.enforcementDisabled)
        return notes; // the gateway said why nothing is guarded: guard-bypass reads it
    for (const s of view.servers.values()) {
        if (!s.policy || s.registered !== null || s.loadFailures.length > 0)
            continue;
        // The DIFC proxy logs no `Guard policy:` line of its own (FORMATS.md §7.2): only the gateway's count.
        if (/(^|\/)proxy\.log$/.test(s.policy.loc.file))
            continue;
        if (view.toolCallsTo(s.server).count === 0)
            continue;
        notes.push({
            file: UNREAD_GUARD_STATE,
            reason: `${s.policy.loc.file} line ${s.policy.loc.line} sets a guard policy for \`${s.server}\`, which received ` +
                `tool calls, but no guard registration or load failure line for it was read: which guard ran is unknown ` +
                `(has the gateway's log wording changed?)`,
            partial: true,
        });
    }
    return notes;
}

// EXTERNAL MODULE: ./src/report/links.ts
var links = __nccwpck_require__(3303);
;// CONCATENATED MODULE: ./src/engine/analyze.ts







function agentInvokedOf(run, view) {
    if (view.of('ToolCallRequest').length > 0 || view.of('BackendToolCall').length > 0)
        return true;
    if (run.agentStdio?.nonEmpty)
        return true;
    if (run.activationRateLimit)
        return false;
    const jobs = run.meta.jobs;
    if (jobs && jobs.length > 0) {
        const agent = jobs.find((j) => j.name === 'agent');
        if (!agent || agent.conclusion === 'skipped')
            return false;
    }
    if (run.agentStdio?.present && !run.agentStdio.nonEmpty)
        return false;
    return null;
}
function coverageOf(run) {
    if (!run.hasArtifacts || run.files.length === 0)
        return 'none';
    return run.notes.some((n) => n.partial) ? 'partial' : 'full';
}
function analyzeRun(run, config) {
    const view = new rules_view/* RunView */.Jj(run);
    run.notes.push(...unreadLineNotes(view));
    const agentInvoked = agentInvokedOf(run, view);
    const coverage = coverageOf(run);
    const findings = [];
    for (const rule of rules/* RULES */.y0) {
        const setting = config.rules[rule.meta.id];
        if (setting && !setting.enabled)
            continue;
        let outputs;
        try {
            outputs = rule.check({
                run,
                view,
                config,
                options: optionsOf(rule.meta, config),
                facts: { agentInvoked, coverage },
            });
        }
        catch (err) {
            // A rule bug must not hide the rest of the audit: report it as a coverage gap.
            run.notes.push({
                file: `rule ${rule.meta.id}`,
                reason: `rule failed: ${err instanceof Error ? err.message : String(err)}`,
                partial: true,
            });
            continue;
        }
        for (const o of outputs) {
            const severity = setting?.severity ?? o.severity ?? rule.meta.defaultSeverity;
            findings.push({
                rule: rule.meta.id,
                severity,
                title: (0,rules/* messageTitle */.eJ)(rule.meta.id, o.message),
                message: o.message,
                ...(o.minRuns !== undefined ? { minRuns: o.minRuns } : {}),
                run: run.meta.id,
                key: o.key,
                count: o.count,
                details: o.details,
                evidence: o.evidence.map((l) => ({
                    run: run.meta.id,
                    file: l.file,
                    line: l.line,
                    excerpt: (0,sanitize/* redact */.E$)(l.excerpt),
                })),
                recommendation: o.recommendation ?? rule.meta.fix,
            });
        }
    }
    markLowerBounds(run.events, findings);
    const filtered = view.filteredItems;
    const guarded = [...view.servers.values()].some((s) => view.isGitHubServer(s.server) && s.registered !== null && s.registered.guard !== 'noop');
    const status = findings.some((f) => f.severity === 'critical')
        ? 'critical'
        : findings.some((f) => f.severity === 'warning')
            ? 'warning'
            : coverage === 'none'
                ? 'unaudited'
                : 'ok';
    const facts = {
        id: run.meta.id,
        workflow: run.meta.workflow,
        branch: run.meta.branch,
        url: run.meta.url ?? runUrlOf(run.meta.repository, run.meta.id),
        agentInvoked,
        gatewayVersion: view.gatewayVersion,
        difc: { filtered, guarded },
        firewall: { blocked: run.firewall?.blocked ?? 0, total: run.firewall ? run.firewall.total : null },
        status,
        coverage,
    };
    if (run.meta.createdAt)
        facts.createdAt = run.meta.createdAt;
    if (run.meta.workflowPath)
        facts.workflowPath = run.meta.workflowPath;
    const jobs = (run.meta.jobs ?? [])
        .filter((j) => typeof j.url === 'string' && links/* JOB_URL */.c.test(j.url))
        .slice(0, 20)
        .map((j) => ({ name: j.name, url: j.url }));
    if (jobs.length > 0)
        facts.jobs = jobs;
    const notes = run.notes.filter((n) => n.partial).map((n) => `${n.file}: ${n.reason}`);
    if (notes.length > 0)
        facts.coverageNotes = notes.slice(0, 20);
    const skipped = run.notes.filter((n) => !n.partial).map((n) => `${n.file}: ${n.reason}`);
    if (skipped.length > 0)
        facts.evidenceNotes = skipped.slice(0, 20);
    return { facts, findings };
}
/** A run's page from the repository `aw_info.json` names (local logs): github.com, a numeric run id, a plain name. */
function runUrlOf(repository, id) {
    if (!repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^\d{1,20}$/.test(id))
        return null;
    return `https://github.com/${repository}/actions/runs/${id}`;
}

// EXTERNAL MODULE: ./src/sources/artifacts.ts
var artifacts = __nccwpck_require__(5677);
;// CONCATENATED MODULE: ./src/sources/locate.ts

const SKIP_DIRS = ['wazero-cache/', 'proxy-tls/'];
function endsWithSuffix(path, suffix) {
    return path === suffix || path.endsWith('/' + suffix);
}
function byPreference(a, b) {
    return (0,artifacts/* artifactRank */.$z)(a.artifact) - (0,artifacts/* artifactRank */.$z)(b.artifact) || a.path.length - b.path.length;
}
function first(files, suffixes, accept) {
    for (const suffix of suffixes) {
        const hits = files
            .filter((f) => endsWithSuffix(f.path, suffix) && (!accept || accept(f)))
            .sort(byPreference);
        if (hits.length > 0)
            return hits[0];
    }
    return null;
}
/** The part of a path after the artifact folder. */
function inner(f) {
    return f.artifact && f.path.startsWith(f.artifact + '/') ? f.path.slice(f.artifact.length + 1) : f.path;
}
/** At the root of an `mcp-logs` artifact (the legacy single-directory upload, §1.1), whatever its name prefix. */
function atMcpLogsRoot(f) {
    return f.artifact !== null && (0,artifacts/* artifactBase */.Q4)(f.artifact) === 'mcp-logs' && !inner(f).includes('/');
}
/** `mcp-logs/⟨name⟩`, else `⟨name⟩` at the root of an `mcp-logs` artifact (`⟨hash⟩-mcp-logs/⟨name⟩`). */
function inMcpLogs(files, name) {
    return first(files, ['mcp-logs/' + name]) ?? first(files, [name], atMcpLogsRoot);
}
const NOT_SERVER_LOGS = new Set([
    'mcp-gateway.log',
    'proxy.log',
    'stderr.log',
    'start-gateway.log',
    'gateway.log',
]);
function locateFiles(all) {
    const files = all.filter((f) => !SKIP_DIRS.some((d) => f.path.includes(d)));
    const gatewayLog = inMcpLogs(files, 'mcp-gateway.log') ?? first(files, ['mcp-logs/gateway.log']);
    // Server logs: `mcp-logs/⟨id⟩.log` directly inside the same mcp-logs folder as the gateway log, or, when there is no
    // gateway log (the case they are needed for), inside the preferred mcp-logs folder that holds any.
    const isServerLogName = (name) => name.endsWith('.log') && !NOT_SERVER_LOGS.has(name);
    const dirOf = (f) => f.path.slice(0, f.path.lastIndexOf('/') + 1);
    const serverLogCandidate = gatewayLog ??
        files
            .filter((f) => {
            const name = f.path.slice(f.path.lastIndexOf('/') + 1);
            if (!isServerLogName(name))
                return false;
            return /(^|\/)mcp-logs\/[^/]+$/.test(f.path) || atMcpLogsRoot(f);
        })
            .sort(byPreference)[0] ??
        null;
    const mcpDir = serverLogCandidate ? dirOf(serverLogCandidate) : null;
    const serverLogs = mcpDir
        ? files.filter((f) => {
            if (!f.path.startsWith(mcpDir))
                return false;
            const rest = f.path.slice(mcpDir.length);
            return !rest.includes('/') && isServerLogName(rest);
        })
        : [];
    const primaryJsonl = [
        inMcpLogs(files, 'rpc-messages.jsonl'),
        first(files, ['proxy-logs/proxy-rpc.jsonl']),
    ].filter((f) => f !== null);
    const jsonl = primaryJsonl.length > 0
        ? primaryJsonl
        : [first(files, ['mcp-logs/gateway.jsonl', 'mcp-logs/mcp-gateway.jsonl', 'gateway.jsonl'])].filter((f) => f !== null);
    const awInfo = first(files, ['aw_info.json'], (f) => !inner(f).includes('/') && (f.artifact === null || (0,artifacts/* artifactBase */.Q4)(f.artifact) !== 'usage')) ?? first(files, ['aw_info.json']);
    const accessLog = first(files, [
        'sandbox/firewall/logs/access.log',
        'sandbox/firewall/logs/squid-logs/access.log',
        'logs/access.log',
    ]) ?? first(files, ['access.log'], (f) => !inner(f).includes('/'));
    return {
        gatewayLog,
        serverLogs,
        proxyLog: inMcpLogs(files, 'proxy.log') ?? first(files, ['proxy-logs/proxy.log']),
        jsonl,
        gatewayMd: inMcpLogs(files, 'gateway.md'),
        stderrLog: inMcpLogs(files, 'stderr.log'),
        toolsJson: inMcpLogs(files, 'tools.json'),
        awInfo,
        accessLog,
        auditJsonl: first(files, ['sandbox/firewall/logs/audit.jsonl', 'logs/audit.jsonl']),
        policyManifest: first(files, [
            'sandbox/firewall/audit/policy-manifest.json',
            'audit/policy-manifest.json',
        ]),
        agentStdio: first(files, ['agent-stdio.log']),
        activitySummary: first(files, ['activity/summary.json']),
        workflowLogs: files.filter((f) => /(^|\/)workflow-logs\/.+\.txt$/.test(f.path)),
        jobsJson: first(files, ['jobs.json'], (f) => !f.path.includes('/')),
        runJson: first(files, ['run.json'], (f) => !f.path.includes('/')),
        downloadManifest: first(files, ['integrity-audit.json'], (f) => !f.path.includes('/')),
    };
}

;// CONCATENATED MODULE: ./src/util/direct-read.ts
/** `stream` as a DirectRead when it is one and nobody has read from it yet, else null. */
function directRead(stream) {
    const d = stream;
    return typeof d.readDirect === 'function' && !stream.readableDidRead && !stream.destroyed
        ? d
        : null;
}

// EXTERNAL MODULE: ./src/util/file-stream.ts
var file_stream = __nccwpck_require__(6137);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/util/line-scan-wasm.ts
// Generated by scripts/build-wasm.mjs from assembly/line-scan.ts: do not edit.
const LINE_SCAN_WASM = 'AGFzbQEAAAABIQZgAAF/YAJ/fwF/YAN/f38Bf2ABfwBgAABgBH9/f38BfwMODQACAAMEAQAFAAEAAAEFAwEAEAYzCn8AQQELfwBBAgt/AEEEC38AQQgLfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALB4wBDgt0YWJsZU9mZnNldAAAC2lucHV0T2Zmc2V0AAoHR0FURVdBWQMABlNUREVSUgMBCEZBTExCQUNLAwIFSlNPTkwDAwVyZXNldAAECHNldExpbmVzAAMJbGluZUNvdW50AAgFc3RhcnQAAgNlbmQACwVuZXh0XwAGCG5leHRMaW5lAAcGbWVtb3J5AgAMARQKqxcNBgBBgIAEC5oDAQN/IAAgAU8EQEEBDwsgAC0AACIEQTBrQQpJBEBBAA8LIARBIHIiBUHlAEYgBUHmAEZyBEAgASAAa0EHSQ8LIARB8ABGBEACf0EAQdwMKAIAQQF2IgIgAGogAUsNABoDQCACIANLBEAgACADai0AACEBQQAgA0HcDCgCAEEBdk8Ef0F/BSADQQF0QeAMai8BAAsgAUcNAhogA0EBaiEDDAELC0EBC0UPCyAEQdcARgRAAn9BAEGMDSgCAEEBdiICIABqIAFLDQAaA0AgAiADSwRAIAAgA2otAAAhAUEAIANBjA0oAgBBAXZPBH9BfwUgA0EBdEGQDWovAQALIAFHDQIaIANBAWohAwwBCwtBAQtFDwsgBEHbAEYEQCAALQABIQQCf0EAQbwNKAIAQQF2IgUgAGogAUsNABoDQCADIAVJBEAgACADai0AACEBQQAgA0G8DSgCAEEBdk8Ef0F/BSADQQF0QcANai8BAAsgAUcNAhogA0EBaiEDDAELC0EBCwR/QQEFIARBMGtBCklBACACGwtFDwtBAQsEACMFCwYAIAAkBAsGAEEAJAQLxAUCBH8BewJAIAEgAGtBGkkEf0EBBSAALQAAQdsARwsNACAA/QAEACIG/QwwMDAwMDAwMDAwMDAwMDAw/XH9DAoKCgoKCgoKCgoKCgoKCgr9Jv0MAP////8A//8A//8A//8A//1OIAb9DFsAAAAALQAALQAAVAAAOgD9I/0M/wAAAAD/AAD/AAD/AAD/AP1O/VD9Y0UNACAALQAQQTBrQQpJIAAtABJBMGtBCklxIAAtABNBMGtBCklxBH8gAC0AEUE6RwVBAQsNACAAQRRqIgAtAABBLkYEQCAALQABQTBrQQpJIAAtAAJBMGtBCklxIAAtAANBMGtBCklxRQ0BIABBBGohAAsgAC0AAEHaAEcEf0EBBSAALQABQd0ARwsEf0EBBSAALQACQSBHCwR/QQEFIAAtAANB2wBHCw0AIAEgAEEEaiIAa0EJSQ0AIAAtAAAiAkHEAEYEfyAAKAIAQcSKiaoFRwR/QQEFIAAtAARBxwBHCw0BQQMhAyAAQQVqBSACQckARgR/IAAoAgBByZyZ+gRHDQIgAEEEagUgAkHXAEYEfyAAKAIAQdeCyfIERw0DQQEhAyAAQQRqBSACQcUARw0DIAAoAgBBxaTJ+gRHBH9BAQUgAC0ABEHSAEcLDQNBAiEDIABBBWoLCwsiAC0AAEHdAEcEf0EBBSAALQABQSBHCwR/QQEFIAAtAAJB2wBHCw0AIABBA2oiAkGAAmoiACABIAAgAUkbIQQgAiEAA0AgAEEQaiAETQRAAkAgAP0ABAD9DF1dXV1dXV1dXV1dXV1dXV39I/1kIgUEQCAAIAVoaiEADAELIABBEGohAAwCCwsLA0AgACAESQR/IAAtAABB3QBHBUEACwRAIABBAWohAAwBCwsgAEEBaiABTyAAIARPcgR/QQEFIAAtAAFBIEcLDQAgAiQIIAAkCSADDwtBfwsEACMHC9gEAgV/AnsDQCAAIAFJBEAgACEEAkADQCAEQSBqIAFNBEAgBP0ABAD9DAoKCgoKCgoKCgoKCgoKCgr9IyIJIAT9AAQQ/QwKCgoKCgoKCgoKCgoKCgoK/SMiCv1Q/VMEQCAEIAn9ZCAK/WRBEHRyaGohBAwDCyAEQSBqIQQMAQsLA0AgBEEQaiIFIAFNBEAgBCAE/QAEAP0MCgoKCgoKCgoKCgoKCgoKCv0j/WQiBmhqIQQgBg0CIAUhBAwBCwsDQCABIARLBEAgBC0AAEEKRg0CIARBAWohBAwBCwsgASEECyABIAQiBUcEQCMEQQFqJAQgBEEBayIGIAQgACAESQR/IAYtAABBDUYFQQALGyEIIANBAEciBARAIAJBAXEEQCACQQhxQQBHIQZBASEEAkAgACAIEAUiB0EASA0AQQAhBCAHQQNHDQAgBiEEIwkjCGtBA0YEfyMILwEAQfLgAUYFQQALBH8jCC0AAkHjAEYFQQALDQAjCUECaiEGQQAhBCMJIwhrQQpGBH8jCCkDAELn6oWTx8zOu+EAUQVBAAsEfyMILwEIQfPaAUYFQQALBH9BAQUjCSMIa0EORgR/IwgpAwBC88rJs9fMnJ31AFEFQQALBH8jCCgCCEHu0pnLBkYFQQALBH8jCC8BDEHlyAFGBUEACwsEfyAGIAgQCQVBAAsNACAIIAZrQQJJBH9BAAUgBiAIEAwLRSEECwUgACAIIAJBBHFBAEcQASEECwsgBEUEQCAAJAUgCCQGIAVBAWokB0EBDwsgBUEBaiEADAILCwsgACQHQQALBAAjBAvBBQEFfyAALQAAIgVBwgBGBEACf0EAQZwIKAIAQQF2IgMgAGogAUsNABoDQCACIANJBEAgACACai0AACEBQQAgAkGcCCgCAEEBdk8Ef0F/BSACQQF0QaAIai8BAAsgAUcNAhogAkEBaiECDAELC0EBCw8LIAVB1wBGBEACf0EAQdwIKAIAQQF2IgMgAGogAUsNABoDQCACIANJBEAgACACai0AACEBQQAgAkHcCCgCAEEBdk8Ef0F/BSACQQF0QeAIai8BAAsgAUcNAhogAkEBaiECDAELC0EBCw8LIAVB5wBGBEACf0EAQbwJKAIAQQF2IgMgAGogAUsNABoDQCACIANJBEAgACACai0AACEBQQAgAkG8CSgCAEEBdk8Ef0F/BSACQQF0QcAJai8BAAsgAUcNAhogAkEBaiECDAELC0EBCw8LIAVB2wBHBH9BAAUCf0EAQYwKKAIAQQF2IgUgAGogAUsNABoDQCACIAVJBEAgACACai0AACEGQQAgAkGMCigCAEEBdk8Ef0F/BSACQQF0QZAKai8BAAsgBkcNAhogAkEBaiECDAELC0EBCwtFBEBBAA8LIABByABqIgIgASABIAJLGyECIABBB2ohAANAIAAgAkkEfyAALQAAQd0ARwVBAAsEQCAAQQFqIQAMAQsLIAAgAkkEfwJ/QQBBvAooAgBBAXYiAiAAaiABSw0AGgNAIAIgBEsEQCAAIARqLQAAIQVBACAEQbwKKAIAQQF2TwR/QX8FIARBAXRBwApqLwEACyAFRw0CGiAEQQFqIQQMAQsLQQELBH9BAQUCf0EAQZwLKAIAQQF2IgIgAGogAUsNABoDQCACIANLBEAgACADai0AACEBQQAgA0GcCygCAEEBdk8Ef0F/BSADQQF0QaALai8BAAsgAUcNAhogA0EBaiEDDAELC0EBCwsFQQALCwYAQYCADAsEACMGC/kDAQh/IAAtAAEgAC0AAEEIdHJBgIAEai0AACICRQRAQQAPCyACQQJ0QYCACGooAgBBgIAEaiEHA0AgBy0AASIERQRAQQAPCyAAIARqIAFNBEAgBCECIAAhA0EAIQUCQCAHQQJqIgYgAEYNACAAQQdxIAZBB3FGBEADQCADQQdxBEBBACEFIAJFDQMgAy0AACIIIAYtAAAiCWshBSAIIAlHDQMgAkEBayECIANBAWohAyAGQQFqIQYMAQsLA0AgAkEITwRAIAMpAwAgBikDAFEEQCADQQhqIQMgBkEIaiEGIAJBCGshAgwCCwsLCwNAIAIiBUEBayECIAUEQCADLQAAIgggBi0AACIJayEFIAggCUcNAiADQQFqIQMgBkEBaiEGDAELC0EAIQULBUEBIQULIAUEQCAHIARBAmpqIQcMAQUgBy0AAEEBRgRAIABBGGoiAEGAAWoiAiABIAEgAksbIQMCQANAIAAgA0kEQEEAIQIgAC0AACIEQSxGDQIgBEEgRgRAQfwLKAIAQQF2IgMgAGogAUsNA0EAIQEDQCABIANJBEAgAUH8CygCAEEBdk8Ef0F/BSABQQF0QYAMai8BAAsgACABai0AAEcNBSABQQFqIQEMAQsLQQEhAgwDCyAAQQFqIQAMAQsLQQAhAgsFQQEhAgsLCyACCwv5BBQAQYwICwE8AEGYCAsxAgAAACoAAABCAGEAYwBrAGUAbgBkACAAYwBhAGwAbAAgAGYAYQBpAGwAZQBkADoAIABBzAgLAVwAQdgIC0kCAAAAQgAAAFcAQQBTAE0AIABnAHUAYQByAGQAIABjAGEAbABsAGkAbgBnACAAYgBhAGMAawBlAG4AZAA6ACAAdABvAG8AbAA9AEGsCQsBTABBuAkLQQIAAAA6AAAAZwBlAHQAXwBjAG8AbABsAGEAYgBvAHIAYQB0AG8AcgBfAHAAZQByAG0AaQBzAHMAaQBvAG4AOgAgAEH8CQsBLABBiAoLFQIAAAAOAAAAWwBnAHUAYQByAGQAOgBBrAoLAVwAQbgKC0UCAAAAPgAAAF0AIABJAE4ARgBPADoAIAA+AD4APgAgAGMAYQBsAGwAXwBiAGEAYwBrAGUAbgBkADoAIAB0AG8AbwBsAD0AQYwLCwFcAEGYCwtJAgAAAEIAAABdACAASQBOAEYATwA6ACAAPAA8ADwAIABjAGEAbABsAF8AYgBhAGMAawBlAG4AZAAgAHIAZQB0AHUAcgBuAGUAZABB7AsLAVwAQfgLC1ECAAAASgAAACAAaQBzACAAdQBuAGEAdgBhAGkAbABhAGIAbABlACAAYQBmAHQAZQByACAAYQAgAHAAcgBlAHYAaQBvAHUAcwAgAHQAcgBhAHAAQcwMCwEsAEHYDAsVAgAAAA4AAABwAGEAbgBpAGMAOgAgAEH8DAsBLABBiA0LGQIAAAASAAAAVwBBAFIATgBJAE4ARwA6ACAAQawNCwEsAEG4DQsZAgAAABIAAABbAEMATwBOAEYASQBHAF0AIA==';

// EXTERNAL MODULE: ./src/util/settle.ts
var settle = __nccwpck_require__(3053);
;// CONCATENATED MODULE: ./src/util/line-scan.ts
// The line walk in WebAssembly (assembly/line-scan.ts) for the parsers of the largest logs: lines are found and, while
// the parser is idle, the lines that cannot change its state are counted and passed over without a call into
// JavaScript. The parser's sink says which rules apply (ScanningSink.scanMode) and whether it is idle; every other
// line reaches its lineBytes() as through the line splitter, with the same line numbers.




const SCAN_GATEWAY = 1;
const SCAN_STDERR = 2;
/** With SCAN_STDERR: gateway records may be in the file (the gateway could not open its log). */
const SCAN_FALLBACK = 4;
/** With SCAN_GATEWAY: the run's rpc-messages.jsonl counts what the `rpc` records say (they change nothing here). */
const SCAN_JSONL = 8;
function isScanningSink(sink) {
    return (sink.scanMode ?? 0) !== 0;
}
/** Bytes scanned at a time: a file's read. */
const SCAN_CHUNK = file_stream/* READ_CHUNK */.vA;
/** An unfinished line longer than this is left to the line splitter up to its end (LineScan's longLine). */
const SCAN_CARRY_MAX = 64 * 1024;
/** The longest line the scanner hands over whole: shorter than the splitter's cap, so no line is ever cut here. */
const SCAN_MAX_LINE = SCAN_CHUNK + SCAN_CARRY_MAX;
const WA = globalThis.WebAssembly;
class Scanner {
    x;
    /** The input area, as a Buffer over the module's memory (offsets in it are the module's minus `base`). */
    input;
    base;
    table = null;
    constructor() {
        const module = new WA.Module(Buffer.from(LINE_SCAN_WASM, 'base64'));
        this.x = new WA.Instance(module, { env: { abort: scannerAbort } }).exports;
        this.base = this.x.inputOffset();
        const need = this.base + SCAN_MAX_LINE + 64;
        const have = this.x.memory.buffer.byteLength;
        if (need > have)
            this.x.memory.grow(Math.ceil((need - have) / 65536));
        this.input = Buffer.from(this.x.memory.buffer, this.base, SCAN_MAX_LINE);
    }
    useTable(table) {
        if (!table || table === this.table)
            return;
        new Uint8Array(this.x.memory.buffer, this.x.tableOffset(), table.length).set(table);
        this.table = table;
    }
}
function scannerAbort() {
    throw new Error('line scanner: abort');
}
/** Scanners not in use: a thread may read several files at once (two runs, each between its reads). */
const free = [];
/**
 * One input's lines through a scanner of its own (taken from the free ones, given back by release()): put up to
 * SCAN_CHUNK bytes at `input[at..]`, then took() hands the whole lines among them to the sink. A line longer than
 * SCAN_CARRY_MAX that is still unfinished at the end of the bytes so far goes to a line splitter made by `longLine`
 * (with its first bytes) up to its end; the scanner takes the lines after it.
 */
class LineScan {
    sink;
    stats;
    longLine;
    s;
    input;
    /** Bytes of the unfinished line, at the start of `input`. */
    carry = 0;
    /** The long line being read, or null. */
    long = null;
    released = false;
    constructor(sink, stats, longLine) {
        this.sink = sink;
        this.stats = stats;
        this.longLine = longLine;
        this.s = free.pop() ?? new Scanner();
        this.input = this.s.input;
        this.s.useTable(sink.scanTable);
        this.s.x.reset();
    }
    /** Where the next bytes go in `input`: after the unfinished line, or at the start while a long line is read. */
    get at() {
        return this.long ? 0 : this.carry;
    }
    /** `n` new bytes at `input[at..at + n)`. */
    took(n) {
        const long = this.long;
        let from = 0;
        if (long) {
            const nl = this.input.subarray(0, n).indexOf(0x0a);
            if (nl === -1) {
                long.push(this.input.subarray(0, n));
                return;
            }
            long.push(this.input.subarray(0, nl + 1));
            this.long = null;
            // The splitter counted the long line: the scanner goes on from there.
            this.s.x.setLines(this.stats.lines);
            from = nl + 1;
        }
        this.scanned(from, n - from);
    }
    /** `n` new bytes at `input[from..]` (after the unfinished line when `from` is 0, else with none): their lines. */
    scanned(from, n) {
        const { x, base } = this.s;
        const { input, sink, stats } = this;
        const mode = sink.scanMode;
        stats.bytes += n;
        if (from > 0)
            input.copyWithin(this.carry, from, from + n);
        const limit = base + this.carry + n;
        let at = base;
        while (x.nextLine(at, limit, mode, sink.idle() ? 1 : 0) !== 0) {
            stats.lines = x.lineCount();
            sink.lineBytes(input, x.start() - base, x.end() - base, stats.lines);
            at = x.next_();
        }
        stats.lines = x.lineCount();
        const rest = x.next_() - base;
        this.carry = this.carry + n - rest;
        if (this.carry > SCAN_CARRY_MAX) {
            // Counted in stats.bytes already: the splitter counts what it is given.
            stats.bytes -= this.carry;
            this.long = this.longLine(Buffer.from(input.subarray(rest, rest + this.carry)));
            this.carry = 0;
            return;
        }
        input.copyWithin(0, rest, rest + this.carry);
    }
    /** The last line, without a newline: to the sink, as the line splitter's end() gives it. */
    end() {
        if (this.long) {
            this.long.end();
            this.long = null;
            return;
        }
        const carry = this.carry;
        if (carry === 0)
            return;
        this.stats.lines++;
        this.sink.lineBytes(this.input, 0, this.input[carry - 1] === 0x0d ? carry - 1 : carry, this.stats.lines);
    }
    release() {
        if (this.released)
            return;
        this.released = true;
        free.push(this.s);
    }
}
/**
 * Feeds the file at `path` to `sink` (see the module comment), read straight into the scanner's memory; a line too
 * long for the scanner goes through `longLine`'s splitter. `stats` counts every line and byte as the splitter does.
 */
async function scanFile(path, sink, stats, longLine) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    const scan = new LineScan(sink, stats, longLine);
    let position = 0;
    try {
        for (let turn = 1;; turn++) {
            const n = (0,external_node_fs_.readSync)(fd, scan.input, scan.at, SCAN_CHUNK, position);
            if (n === 0)
                break;
            position += n;
            scan.took(n);
            if (turn % file_stream/* CHUNKS_PER_TURN */.Jr === 0)
                await (0,settle/* yieldToEventLoop */.h5)();
        }
        scan.end();
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
        scan.release();
    }
}

;// CONCATENATED MODULE: ./src/util/lines.ts



const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;
/** The stats of the line walk over each stream, kept for whoever opened it (parsers need not return them). */
const statsByStream = new WeakMap();
/** The stats of the line walk over `stream` so far (also after a read error), or undefined when none ran. */
function lineStatsOf(stream) {
    return statsByStream.get(stream);
}
/** Splits chunks into lines for a sink; lines inside a chunk are passed without copying. */
class LineSplitter {
    sink;
    max;
    stats;
    pending = [];
    pendingLen = 0;
    /** Bytes of the current line beyond `keep` were dropped. */
    overflow = false;
    /** A line spanning chunks is buffered up to one byte over the cap: that byte may be the `\r` of its `\r\n`. */
    keep;
    constructor(sink, max, stats = { lines: 0, bytes: 0, truncatedLines: 0 }) {
        this.sink = sink;
        this.max = max;
        this.stats = stats;
        this.keep = max + 1;
    }
    push(buf) {
        this.stats.bytes += buf.length;
        let start = 0;
        for (;;) {
            const nl = buf.indexOf(0x0a, start);
            if (nl === -1)
                break;
            if (this.pendingLen === 0 && !this.overflow)
                this.emit(buf, start, nl);
            else {
                if (!this.overflow) {
                    const room = this.keep - this.pendingLen;
                    const piece = buf.subarray(start, nl);
                    if (piece.length > room) {
                        this.overflow = true;
                        this.pending.push(piece.subarray(0, room));
                    }
                    else
                        this.pending.push(piece);
                }
                const joined = Buffer.concat(this.pending);
                this.emit(joined, 0, joined.length);
                this.pending = [];
                this.pendingLen = 0;
            }
            this.overflow = false;
            start = nl + 1;
        }
        if (start < buf.length && !this.overflow) {
            const rest = buf.subarray(start);
            const room = this.keep - this.pendingLen;
            if (rest.length > room) {
                this.overflow = true;
                this.pending.push(Buffer.from(rest.subarray(0, room)));
                this.pendingLen = this.keep;
            }
            else {
                this.pending.push(Buffer.from(rest));
                this.pendingLen += rest.length;
            }
        }
    }
    end() {
        if (this.pendingLen > 0 || this.overflow) {
            const joined = Buffer.concat(this.pending);
            this.emit(joined, 0, joined.length);
        }
    }
    /** `buf[start..end)` is the line with its `\r`, or its first `keep` bytes when `overflow`: cut to the cap here. */
    emit(buf, start, end) {
        if (!this.overflow && end > start && buf[end - 1] === 0x0d)
            end--;
        this.stats.lines++;
        if (end - start > this.max) {
            end = start + this.max;
            this.stats.truncatedLines++;
        }
        this.sink.lineBytes(buf, start, end, this.stats.lines);
    }
}
/**
 * A LineSplitter's work for a ScanningSink, through the line scanner: each chunk is copied into the scanner's memory
 * (up to SCAN_CHUNK at a time), or a source that makes its bytes writes them there itself (DirectTarget).
 */
class ScanningSplitter {
    scan;
    constructor(sink, max, stats) {
        this.scan = new LineScan(sink, stats, longLineFor(sink, max, stats));
    }
    push(buf) {
        const scan = this.scan;
        for (let off = 0; off < buf.length;) {
            const n = Math.min(SCAN_CHUNK, buf.length - off);
            buf.copy(scan.input, scan.at, off, off + n);
            off += n;
            scan.took(n);
        }
    }
    /** DirectTarget: the scanner's memory. */
    space() {
        return this.scan.input;
    }
    get offset() {
        return this.scan.at;
    }
    get room() {
        return SCAN_CHUNK;
    }
    wrote(n) {
        this.scan.took(n);
    }
    end() {
        this.scan.end();
    }
    release() {
        this.scan.release();
    }
}
/** A line too long for the scanner, through a line splitter that counts in the same stats (LineScan's longLine). */
function longLineFor(sink, max, stats) {
    return (first) => {
        const splitter = new LineSplitter(sink, max, stats);
        splitter.push(first);
        return splitter;
    };
}
/**
 * Calls `sink.lineBytes` for every line of the stream as a byte range: lines inside a chunk are passed without
 * copying or decoding (the hot path of every parser); only a line spanning chunks is joined. Memory is bounded by
 * `maxLineBytes` whatever the input: an over-long line is kept only up to the cap.
 */
async function forEachLineBytes(stream, sink, options = {}) {
    const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    // A sink that says which of its lines change nothing while it is idle: the line scanner, on a file straight from disk.
    const scanning = max >= SCAN_MAX_LINE && isScanningSink(sink) ? sink : null;
    const path = scanning ? (0,file_stream/* unreadFilePath */.pF)(stream) : null;
    if (scanning && path !== null) {
        const stats = { lines: 0, bytes: 0, truncatedLines: 0 };
        statsByStream.set(stream, stats);
        await scanFile(path, scanning, stats, longLineFor(sink, max, stats));
        return stats;
    }
    // Any other stream (a zip entry, a download) for a scanning sink: its chunks through the scanner.
    const stats = { lines: 0, bytes: 0, truncatedLines: 0 };
    const splitter = scanning ? new ScanningSplitter(scanning, max, stats) : new LineSplitter(sink, max, stats);
    statsByStream.set(stream, stats);
    try {
        const direct = directRead(stream);
        if (direct) {
            await direct.readDirect((chunk) => splitter.push(chunk), splitter instanceof ScanningSplitter ? splitter : undefined);
        }
        else {
            for await (const chunk of stream) {
                // Web streams (`Readable.fromWeb`) yield plain Uint8Arrays, whose toString() is not UTF-8 decoding.
                splitter.push(typeof chunk === 'string'
                    ? Buffer.from(chunk)
                    : Buffer.isBuffer(chunk)
                        ? chunk
                        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            }
        }
        splitter.end();
    }
    finally {
        if (splitter instanceof ScanningSplitter)
            splitter.release();
    }
    return stats;
}
/** Decodes each line as UTF-8 for a callback: for the small files, whose parsers are plain functions. */
class TextLines {
    onLine;
    constructor(onLine) {
        this.onLine = onLine;
    }
    lineBytes(buf, start, end, lineNo) {
        this.onLine(buf.toString('utf8', start, end), lineNo);
    }
}
/** Calls `onLine` for every line of the stream, decoded as UTF-8 (see forEachLineBytes). */
function forEachLine(stream, onLine, options = {}) {
    return forEachLineBytes(stream, new TextLines(onLine), options);
}

;// CONCATENATED MODULE: ./src/util/bytes.ts
// Allocation-free byte checks for the parsers' hot paths (no string per line).
/** ASCII text as bytes, for comparisons. */
function ascii(text) {
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
/** Whether `buf[pos..]` starts with `prefix` (within `end`). */
function startsWithAt(buf, pos, end, prefix) {
    if (pos + prefix.length > end)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (buf[pos + i] !== prefix[i])
            return false;
    return true;
}
/** Index of `byte` in `buf[from..end)`, or -1. */
function indexOfByte(buf, byte, from, end) {
    for (let i = from; i < end; i++)
        if (buf[i] === byte)
            return i;
    return -1;
}
/** `[A-Za-z0-9]` on a byte. */
function isAlnumByte(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
/** `[A-Za-z0-9_.-]` on a byte: the characters of a server id after its first. */
function isIdByte(c) {
    return isAlnumByte(c) || c === 0x5f || c === 0x2e || c === 0x2d;
}
/** 1 for the ASCII digits, 0 for any other byte: digit checks without branches (see recordPrefix). */
const DIGIT = new Uint8Array(256).fill(1, 0x30, 0x3a);
/** RecordPrefix levels by name. */
const LEVEL_INFO = 0;
const LEVEL_DEBUG = 3;
/** Whether the record's category (as recordPrefix() read it) is exactly `name`. */
function isCategory(buf, p, name) {
    return (p.catEnd - p.catStart === name.length &&
        buf[p.catStart] === name[0] &&
        startsWithAt(buf, p.catStart, p.catEnd, name));
}
/**
 * Called for every line of every gateway log (about 7,000 lines per MB): the timestamp's digits are checked through
 * a table and the level's bytes one by one, with no call and no branch per digit.
 */
function recordPrefix(buf, start, end, out) {
    // [2026-07-19T14:02:11Z] or [2026-07-19T14:02:11.482Z]
    const s = start;
    if (end - s < 26 || buf[s] !== 0x5b)
        return false;
    if ((DIGIT[buf[s + 1]] &
        DIGIT[buf[s + 2]] &
        DIGIT[buf[s + 3]] &
        DIGIT[buf[s + 4]] &
        DIGIT[buf[s + 6]] &
        DIGIT[buf[s + 7]] &
        DIGIT[buf[s + 9]] &
        DIGIT[buf[s + 10]] &
        DIGIT[buf[s + 12]] &
        DIGIT[buf[s + 13]] &
        DIGIT[buf[s + 15]] &
        DIGIT[buf[s + 16]] &
        DIGIT[buf[s + 18]] &
        DIGIT[buf[s + 19]]) ===
        0 ||
        buf[s + 5] !== 0x2d ||
        buf[s + 8] !== 0x2d ||
        buf[s + 11] !== 0x54 ||
        buf[s + 14] !== 0x3a ||
        buf[s + 17] !== 0x3a)
        return false;
    let q = s + 20;
    if (buf[q] === 0x2e) {
        if ((DIGIT[buf[q + 1]] & DIGIT[buf[q + 2]] & DIGIT[buf[q + 3]]) === 0)
            return false;
        q += 4;
    }
    if (buf[q] !== 0x5a || buf[q + 1] !== 0x5d || buf[q + 2] !== 0x20 || buf[q + 3] !== 0x5b)
        return false;
    q += 4;
    // A record has at least `INFO] [` and `] ` after this point: the level's bytes below stay within the line.
    if (end - q < 9)
        return false;
    // `DEBUG] [`, `INFO] [`, `WARN] [`, `ERROR] [` by the first letter (most lines are DEBUG).
    let level;
    const c = buf[q];
    if (c === 0x44) {
        if (buf[q + 1] !== 0x45 || buf[q + 2] !== 0x42 || buf[q + 3] !== 0x55 || buf[q + 4] !== 0x47)
            return false;
        level = 3;
        q += 5;
    }
    else if (c === 0x49) {
        if (buf[q + 1] !== 0x4e || buf[q + 2] !== 0x46 || buf[q + 3] !== 0x4f)
            return false;
        level = 0;
        q += 4;
    }
    else if (c === 0x57) {
        if (buf[q + 1] !== 0x41 || buf[q + 2] !== 0x52 || buf[q + 3] !== 0x4e)
            return false;
        level = 1;
        q += 4;
    }
    else if (c === 0x45) {
        if (buf[q + 1] !== 0x52 || buf[q + 2] !== 0x52 || buf[q + 3] !== 0x4f || buf[q + 4] !== 0x52)
            return false;
        level = 2;
        q += 5;
    }
    else
        return false;
    if (buf[q] !== 0x5d || buf[q + 1] !== 0x20 || buf[q + 2] !== 0x5b)
        return false;
    q += 3;
    // The category: up to the first `]` within 256 bytes, which a space follows.
    const limit = Math.min(end, q + 256);
    let close = q;
    while (close < limit && buf[close] !== 0x5d)
        close++;
    if (close >= limit || close + 1 >= end || buf[close + 1] !== 0x20)
        return false;
    out.level = level;
    out.catStart = q;
    out.catEnd = close;
    out.msg = close + 2;
    return true;
}

;// CONCATENATED MODULE: ./src/parsers/common.ts

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const WASM_ERROR = /wasm error: (.*)$/;
const WASM_FUNCTION_CALL_FAILED = /WASM function call failed: (module closed with (?:exit_code\((\d+)\)|context deadline exceeded|context canceled))/;
const STACK_FRAME_MODULE = /^\t([A-Za-z0-9_-]+)\.(?:\$?[\w.$]+)\(/;
const WASM_GUARD_IS_UNAVAILABLE = /WASM guard '([^']*)' is unavailable after a previous trap/;
const EXCERPT_MAX = 400;
/**
 * High-volume events (every tool call, every filter count) keep an excerpt only for the first few of their kind in a
 * file: evidence cites the first ones, and the rest would only be garbage on the hot path.
 */
class ExcerptBudget {
    perKind;
    used = new Map();
    constructor(perKind = 5) {
        this.perKind = perKind;
    }
    /** `text` may be a function, called only when the excerpt is kept (no decoding otherwise). */
    loc(kind, file, line, text) {
        const n = this.used.get(kind) ?? 0;
        if (n >= this.perKind)
            return { file, line, excerpt: '' };
        this.used.set(kind, n + 1);
        return loc(file, line, typeof text === 'function' ? text() : text);
    }
}
/**
 * A copy of `s` that does not keep its parent alive. V8 represents substrings and regex captures as slices of the
 * whole line: an event holding a tool name cut from a 10 KiB RPC line would otherwise retain the line.
 */
function detach(s) {
    return s.length < 13 ? s : (' ' + s).slice(1);
}
/** Interns the small, repeated names events carry (tools, servers), detached from their lines. */
class Interner {
    pool = new Map();
    get(s) {
        let v = this.pool.get(s);
        if (v === undefined) {
            v = detach(s);
            if (this.pool.size < 10_000)
                this.pool.set(v, v);
        }
        return v;
    }
}
function loc(file, line, text) {
    return { file, line, excerpt: detach(text.length > EXCERPT_MAX ? text.slice(0, EXCERPT_MAX) + '…' : text) };
}
/**
 * Parses the error text of a trap or of any wrapper carrying one:
 * `… WASM function call failed: wasm error: ⟨cause⟩\nwasm stack trace:\n\t⟨module⟩.⟨func⟩(…)`.
 * Returns null when the text carries no wasm error (host-function panics `(recovered by wazero)` are not traps).
 */
function parseWasmError(firstLine, continuation = []) {
    const m = WASM_ERROR.exec(firstLine);
    let cause = m ? m[1].trim() : null;
    if (cause === null) {
        const closed = WASM_FUNCTION_CALL_FAILED.exec(firstLine);
        if (closed && closed[2] !== '0')
            cause = closed[1];
    }
    if (cause === null || cause === '' || cause.includes('(recovered by wazero)'))
        return null;
    let module = null;
    for (const l of continuation) {
        const f = STACK_FRAME_MODULE.exec(l);
        if (f) {
            module = f[1];
            break;
        }
    }
    return { cause, module };
}
/** The error that cause a trap's blast radius: `WASM guard 'x' is unavailable after a previous trap`. */
function afterTrapGuard(text) {
    const m = WASM_GUARD_IS_UNAVAILABLE.exec(text);
    return m ? m[1] : null;
}
const TOO_LARGE = new Error('too large');
/** Reads a small JSON file (capped), returning null and a reason on failure. */
async function readSmallJson(stream, maxBytes = 16 * 1024 * 1024) {
    const chunks = [];
    let len = 0;
    const tooLarge = () => {
        stream.destroy();
        return { value: null, error: `larger than ${maxBytes} bytes` };
    };
    // Read directly when the source allows (a zip entry in memory is then inflated in one call, not through a stream);
    // its chunks may be reused memory, so they are copied.
    const direct = directRead(stream);
    if (direct) {
        try {
            await direct.readDirect((c) => {
                len += c.length;
                if (len > maxBytes)
                    throw TOO_LARGE;
                chunks.push(Buffer.from(c));
            });
        }
        catch (err) {
            if (err === TOO_LARGE)
                return tooLarge();
            throw err;
        }
    }
    else {
        for await (const c of stream) {
            len += c.length;
            if (len > maxBytes)
                return tooLarge();
            chunks.push(c);
        }
    }
    const text = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\x00/g, '');
    if (text.trim() === '')
        return { value: null, error: null };
    try {
        return { value: JSON.parse(text), error: null };
    }
    catch (err) {
        return { value: null, error: `invalid JSON (${err instanceof Error ? err.message : String(err)})` };
    }
}
/** readSmallJson for a file that holds one JSON object: `onError` hears why a file that is there cannot be used. */
async function readJsonObject(stream, maxBytes, onError) {
    const { value, error } = await readSmallJson(stream, maxBytes);
    const problem = error ?? (value === null || isRecord(value) ? null : 'not a JSON object');
    if (problem)
        onError?.(problem);
    return isRecord(value) ? value : null;
}
/**
 * An item count of a log line (`\d+` text): a safe integer, else null. Corrupt or hostile text (a 20-digit count) is
 * data, not a count: it would put 1e+23 or Infinity (JSON null) into the report.
 */
function count(digits) {
    const n = Number(digits);
    return Number.isSafeInteger(n) ? n : null;
}
/** `part/whole` item counts of a log line: both counts, with `part ≤ whole`, else null (see count). */
function partOf(part, whole) {
    const p = count(part);
    const w = count(whole);
    return p !== null && w !== null && p <= w ? { part: p, whole: w } : null;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function stringArrayOrNull(v) {
    if (!Array.isArray(v))
        return null;
    return v.filter((x) => typeof x === 'string');
}
function str(v) {
    return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}
/**
 * Since 2026-08-06 every text-log line is secret-redacted (FORMATS.md §3.1), so JSON inside a line may not parse:
 * `"token":"x"` becomes `"token"=[REDACTED]`, and `key: ⟨8+ non-space⟩` swallows the text to the next space. The
 * first form is put back as a JSON pair; the second cannot be repaired (see the loose readers below).
 */
function parseRedactedJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        if (!text.includes('=[REDACTED]'))
            return undefined;
    }
    try {
        return JSON.parse(text.replace(/("(?:[^"\\]|\\.)*")=\[REDACTED\]/g, '$1:"[REDACTED]"'));
    }
    catch {
        return undefined;
    }
}
const JSON_STRING = String.raw `"(?:[^"\\]|\\.)*"`;
/** The first top-level-looking `"key":"value"` of a JSON text that does not parse (a redacted line); null if none. */
function looseString(text, key) {
    const m = new RegExp(`"${key}":(${JSON_STRING})`).exec(text);
    if (!m)
        return null;
    try {
        return JSON.parse(m[1]);
    }
    catch {
        return null;
    }
}
/** `"key":[…strings…]` or `"key":null` of a JSON text that does not parse; undefined when it cannot be read. */
function looseStringArray(text, key) {
    const m = new RegExp(`"${key}":(null|\\[(?:${JSON_STRING}(?:,${JSON_STRING})*)?\\])`).exec(text);
    if (!m)
        return undefined;
    try {
        return stringArrayOrNull(JSON.parse(m[1]));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/parsers/attribution-lines.ts


/** The messages naming a tool's server and the tool (`⟨start⟩: serverID=⟨id⟩, toolName=⟨tool⟩`). */
const SERVER_TOOL_NAMES = ['callBackendTool', 'executeBackendToolCall', 'Logging filtered items'];
/** The payload middleware's messages naming a prefixed tool (`⟨start⟩: tool=⟨server⟩___⟨tool⟩`); debug: the first two. */
const PAYLOAD_TOOL_NAMES = [
    'Middleware processing tool call',
    'Processing tool call',
    'Response data marshaled to JSON',
    'Skipping payload storage',
    'Failed to save payload to filesystem',
];
const DEBUG_PAYLOAD_TOOL_NAMES = PAYLOAD_TOOL_NAMES.slice(0, 2);
/** Debug message starts (any namespace) that carry attribution; the byte-level pre-filter lets these through. */
const DEBUG_ATTRIBUTION = [
    'JSON-RPC request parsed: mode=routed:',
    ...SERVER_TOOL_NAMES.map((n) => `${n}: serverID=`),
    ...DEBUG_PAYLOAD_TOOL_NAMES.map((n) => `${n}: tool=`),
    '[DIFC] Guard calling backend ',
].map(ascii);
/** The first two characters of each debug message record() reads (ROUTED, SERVER_TOOL, GUARD_CALL, PAYLOAD_TOOL). */
const DEBUG_FIRST_TWO = new Set(['JSON-RPC', ...SERVER_TOOL_NAMES, '[DIFC]', ...PAYLOAD_TOOL_NAMES].map((s) => (s.charCodeAt(0) << 16) | s.charCodeAt(1)));
/** A server id as the gateway prints it (config keys: letters, digits, `_`, `-`, `.`). */
const ID = '[A-Za-z0-9][A-Za-z0-9_.-]*';
const SERVER_ID = new RegExp(`^${ID}$`);
/** Bracketed message starts of `difc`/`backend` lines that are not server ids. */
const NOT_SERVER_PREFIXES = new Set(['allowed-tools', 'REDACTED', 'Filtered', 'stderr']);
/** `⟨server⟩___⟨tool⟩`: the prefixed name the payload middleware and unified mode use (§7.4). */
function splitPrefixedTool(name) {
    const i = name.indexOf('___');
    if (i <= 0)
        return null;
    const server = name.slice(0, i);
    const tool = name.slice(i + 3);
    return SERVER_ID.test(server) && tool !== '' ? { server, tool } : null;
}
/** `[a b c]` (Go `%v` of a slice) → names. */
function goList(text) {
    return text
        .trim()
        .split(/\s+/)
        .filter((s) => SERVER_ID.test(s));
}
const PAYLOAD_TOOL = new RegExp(`^(?:${PAYLOAD_TOOL_NAMES.join('|')}): tool=([^,\\s]+)`);
const PAYLOAD_SIZE = /^Payload size \(\d+ bytes\) .*?: tool=([^,\s]+)/;
const SERVER_TOOL = new RegExp(`^(?:${SERVER_TOOL_NAMES.join('|')}): serverID=(${ID}), toolName=([^,\\s]+)`);
const GUARD_CALL = new RegExp(`^\\[DIFC\\] Guard calling backend (${ID}) tool (\\S+) for metadata`);
const DENIED = new RegExp(`^tools/call denied: tool="([^"]+)" not in allowed-tools for server=(${ID})`);
const ROUTED = new RegExp(`^JSON-RPC request parsed: mode=routed:(${ID}), method=tools/call,`);
const NOT_FOUND = new RegExp(`^Tool not found: mode=routed:(${ID}), method=tools/call,`);
const LOADED = /^Loaded \d+ MCP server\(s\): \[([^\]]*)\]/;
const ROUTES = /^Routes: \/mcp\/<server> (?:for servers:|where <server> is one of:) \[([^\]]*)\]/;
const CONNECTION = new RegExp(`^New MCP client connection, .*, backend=(${ID}), session=`);
const ROUTE_PATH = new RegExp(`^(?:Authentication successful|Request rejected: .*|Authentication failed: .*), remote=\\S*, path=/mcp/(${ID})/?\\s*$`);
/** Byte forms of the frequent records whose only use is a fact above (see AttributionLines.known). */
const SERVER_TOOL_STARTS = SERVER_TOOL_NAMES.map((n) => ascii(`${n}: serverID=`));
const TOOL_NAME = ascii(', toolName=');
const DEBUG_PAYLOAD_STARTS = DEBUG_PAYLOAD_TOOL_NAMES.map((n) => ascii(`${n}: tool=`));
const PAYLOAD_STARTS = PAYLOAD_TOOL_NAMES.map((n) => ascii(`${n}: tool=`));
const PAYLOAD_SIZE_START = ascii('Payload size (');
const BYTES_CLOSE = ascii(' bytes) ');
const TOOL_FIELD = ascii(': tool=');
const AUTH_OK = ascii('Authentication successful, remote=');
const PATH_MCP = ascii(' path=/mcp/');
const CAT_PAYLOAD = ascii('payload');
const CAT_AUTH = ascii('auth');
/** Pairs whose bytes known() keeps (a workflow calls a handful of tools). */
const RECENT_PAIRS = 32;
/** The end of an ID (`[A-Za-z0-9][A-Za-z0-9_.-]*`) at `i`, or -1. */
function idEnd(buf, i, end) {
    if (i >= end || !isAlnumByte(buf[i]))
        return -1;
    i++;
    while (i < end && isIdByte(buf[i]))
        i++;
    return i;
}
/**
 * The end of `[^,\s]+` at `i` read on ASCII bytes, or -1 when it is empty or meets a byte a regex would read
 * otherwise (a control character or anything not ASCII, which may be a Unicode space): the caller then decodes.
 */
function nameEnd(buf, i, end) {
    const from = i;
    while (i < end) {
        const c = buf[i];
        if (c === 0x2c || c === 0x20)
            break;
        if (c < 0x21 || c > 0x7e)
            return -1;
        i++;
    }
    return i > from ? i : -1;
}
class AttributionLines {
    file;
    emit;
    names;
    named = new Set();
    pairs = new Set();
    /** Server and tool bytes of pairs known() found told, for a comparison without decoding (see knownPair). */
    recentPairs = [];
    excerpts = new ExcerptBudget();
    constructor(file, emit, names) {
        this.file = file;
        this.emit = emit;
        this.names = names;
    }
    /** One record's prefix and first line; `prefixServer` is the `[⟨serverID⟩] ` after the category, if any. */
    record(level, category, msg, prefixServer, line, raw) {
        // `…ToServer` lines (`[difc] [⟨server⟩] …`, `[backend] [⟨server⟩] …`, §3.3); not the bracketed message starts.
        if (prefixServer &&
            (category === 'difc' || category === 'backend') &&
            SERVER_ID.test(prefixServer) &&
            !NOT_SERVER_PREFIXES.has(prefixServer)) {
            this.server(prefixServer, false, 'prefix', line, raw);
        }
        let m;
        if (level === 'DEBUG') {
            // Most debug records kept for a signal start otherwise: no expression below can match them.
            if (!DEBUG_FIRST_TWO.has((msg.charCodeAt(0) << 16) | msg.charCodeAt(1)))
                return;
            if ((m = ROUTED.exec(msg)))
                this.routed(m[1], true, line, raw);
            else if ((m = SERVER_TOOL.exec(msg)) || (m = GUARD_CALL.exec(msg)))
                this.pair(m[1], m[2], 'debug', line, raw);
            else if ((m = PAYLOAD_TOOL.exec(msg)))
                this.prefixed(m[1], line, raw);
            return;
        }
        switch (category) {
            case 'startup':
                if (level === 'INFO' && ((m = LOADED.exec(msg)) || (m = ROUTES.exec(msg))))
                    for (const s of goList(m[1]))
                        this.server(s, true, 'startup', line, raw);
                return;
            case 'client':
                if (level === 'INFO' && (m = CONNECTION.exec(msg)))
                    this.server(m[1], false, 'connection', line, raw);
                else if (level === 'WARN' && (m = NOT_FOUND.exec(msg)))
                    this.routed(m[1], false, line, raw);
                else if (level === 'WARN' && (m = DENIED.exec(msg)))
                    this.pair(m[2], m[1], 'allowed-tools', line, raw);
                return;
            case 'auth':
                if ((m = ROUTE_PATH.exec(msg)))
                    this.server(m[1], false, 'route', line, raw);
                return;
            case 'payload':
                if ((m = PAYLOAD_TOOL.exec(msg)) || (m = PAYLOAD_SIZE.exec(msg)))
                    this.prefixed(m[1], line, raw);
                return;
            default:
                return;
        }
    }
    /**
     * Whether the record whose prefix recordPrefix() read as `p` can only repeat facts already told (or past their
     * caps), read on its bytes: a tool's server on every call (`callBackendTool: serverID=…, toolName=…`, the payload
     * middleware's `tool=⟨server⟩___⟨tool⟩`) and each request's route (`Authentication successful, … path=/mcp/…`),
     * records nothing else reads. Such records need not be decoded at all. False whenever the bytes are not exactly
     * one of these forms as the expressions above read them: the record is then decoded and read by record().
     */
    known(buf, p, end) {
        const msg = p.msg;
        if (p.level === LEVEL_DEBUG) {
            for (const start of SERVER_TOOL_STARTS) {
                if (!startsWithAt(buf, msg, end, start))
                    continue;
                const server = msg + start.length;
                const serverEnd = idEnd(buf, server, end);
                if (serverEnd < 0 || !startsWithAt(buf, serverEnd, end, TOOL_NAME))
                    return false;
                const tool = serverEnd + TOOL_NAME.length;
                const toolEnd = nameEnd(buf, tool, end);
                return toolEnd > 0 && this.knownPair(buf, server, serverEnd, tool, toolEnd);
            }
            for (const start of DEBUG_PAYLOAD_STARTS)
                if (startsWithAt(buf, msg, end, start))
                    return this.knownPrefixed(buf, msg + start.length, end);
            return false;
        }
        if (p.level !== LEVEL_INFO)
            return false;
        if (isCategory(buf, p, CAT_PAYLOAD)) {
            for (const start of PAYLOAD_STARTS)
                if (startsWithAt(buf, msg, end, start))
                    return this.knownPrefixed(buf, msg + start.length, end);
            const field = payloadSizeTool(buf, msg, end);
            return field > 0 && this.knownPrefixed(buf, field, end);
        }
        if (isCategory(buf, p, CAT_AUTH) && startsWithAt(buf, msg, end, AUTH_OK)) {
            const server = routePathServer(buf, msg + AUTH_OK.length, end);
            return server !== null && (this.named.size >= 1000 || this.named.has(`0${server}`));
        }
        return false;
    }
    /**
     * Whether a `[difc]` record's `[⟨serverID⟩] ` prefix at `buf[start..end)` (ASCII, as splitServer() reads it) tells
     * nothing new: record() would name no server for it, or has named it already (or is past its cap).
     */
    knownPrefixServer(buf, start, end) {
        if (this.named.size >= 1000)
            return true;
        const id = buf.toString('latin1', start, end);
        return !SERVER_ID.test(id) || NOT_SERVER_PREFIXES.has(id) || this.named.has(`0${id}`);
    }
    /**
     * Whether the pair `buf[server..serverEnd)`, `buf[tool..toolEnd)` (ASCII) was told. The pairs told most recently
     * are compared as bytes first: a record of a known pair then costs no string at all.
     */
    knownPair(buf, server, serverEnd, tool, toolEnd) {
        const recent = this.recentPairs;
        for (let k = 0; k < recent.length; k += 2)
            if (equalAt(buf, server, serverEnd, recent[k]) && equalAt(buf, tool, toolEnd, recent[k + 1]))
                return true;
        if (this.pairs.size >= 5000)
            return true;
        if (!this.pairs.has(`${buf.toString('latin1', server, serverEnd)}\u0000${buf.toString('latin1', tool, toolEnd)}`))
            return false;
        if (recent.length < 2 * RECENT_PAIRS)
            recent.push(copyOf(buf, server, serverEnd), copyOf(buf, tool, toolEnd));
        return true;
    }
    /** `⟨server⟩___⟨tool⟩` at `i` (splitPrefixedTool's reading) already paired. */
    knownPrefixed(buf, i, end) {
        const nameStop = nameEnd(buf, i, end);
        if (nameStop < 0)
            return false;
        let sep = i;
        while (sep + 2 < nameStop && !(buf[sep] === 0x5f && buf[sep + 1] === 0x5f && buf[sep + 2] === 0x5f))
            sep++;
        if (sep + 2 >= nameStop || sep === i || sep + 3 >= nameStop)
            return false;
        if (idEnd(buf, i, sep) !== sep)
            return false;
        return this.knownPair(buf, i, sep, sep + 3, nameStop);
    }
    routed(server, found, line, raw) {
        this.emit({
            type: 'RoutedToolCall',
            server: this.names.get(server),
            found,
            loc: this.excerpts.loc(found ? 'routed' : 'not-found', this.file, line, raw),
        });
    }
    prefixed(name, line, raw) {
        const p = splitPrefixedTool(name);
        if (p)
            this.pair(p.server, p.tool, 'prefix', line, raw);
    }
    pair(server, tool, source, line, raw) {
        const k = `${server}\u0000${tool}`;
        if (this.pairs.has(k) || this.pairs.size >= 5000)
            return;
        this.pairs.add(k);
        this.emit({
            type: 'ToolServer',
            server: this.names.get(server),
            tool: this.names.get(tool),
            source,
            loc: loc(this.file, line, raw),
        });
    }
    server(server, complete, source, line, raw) {
        const k = `${complete ? 1 : 0}${server}`;
        if (this.named.has(k) || this.named.size >= 1000)
            return;
        this.named.add(k);
        this.emit({
            type: 'ServerNamed',
            server: this.names.get(server),
            complete,
            source,
            loc: loc(this.file, line, raw),
        });
    }
}
/** Whether `buf[start..end)` holds exactly the bytes of `bytes`. */
function equalAt(buf, start, end, bytes) {
    return end - start === bytes.length && startsWithAt(buf, start, end, bytes);
}
/** A copy (a Buffer's `slice` is a view, and the line splitter reuses its buffer). */
function copyOf(buf, start, end) {
    return new Uint8Array(buf.subarray(start, end));
}
/**
 * PAYLOAD_SIZE on bytes: `Payload size (⟨digits⟩ bytes) ` then the first `: tool=`, whose name starts right after
 * it; the offset of the name, or -1 (also when a byte on the way is one `.` would not cross, or not ASCII).
 */
function payloadSizeTool(buf, msg, end) {
    if (!startsWithAt(buf, msg, end, PAYLOAD_SIZE_START))
        return -1;
    let i = msg + PAYLOAD_SIZE_START.length;
    const digits = i;
    while (i < end && buf[i] >= 0x30 && buf[i] <= 0x39)
        i++;
    if (i === digits || !startsWithAt(buf, i, end, BYTES_CLOSE))
        return -1;
    for (i += BYTES_CLOSE.length; i < end; i++) {
        const c = buf[i];
        if (c < 0x20 || c > 0x7e)
            return -1;
        if (c === 0x3a && startsWithAt(buf, i, end, TOOL_FIELD)) {
            const name = i + TOOL_FIELD.length;
            return nameEnd(buf, name, end) > 0 ? name : -1;
        }
    }
    return -1;
}
/**
 * ROUTE_PATH after `Authentication successful, remote=` on bytes: `\S*, path=/mcp/⟨ID⟩/?\s*$`, the server id, or
 * null (also for any byte that is not ASCII, or a control character other than a trailing tab).
 */
function routePathServer(buf, i, end) {
    // \S* cannot cross a space: `, path=` is where the first space is, after a comma.
    let space = i;
    while (space < end && buf[space] > 0x20 && buf[space] <= 0x7e)
        space++;
    if (space >= end || buf[space] !== 0x20 || space === i || buf[space - 1] !== 0x2c)
        return null;
    if (!startsWithAt(buf, space, end, PATH_MCP))
        return null;
    const id = space + PATH_MCP.length;
    const idStop = idEnd(buf, id, end);
    if (idStop < 0)
        return null;
    let j = idStop;
    if (buf[j] === 0x2f && j < end)
        j++;
    while (j < end && (buf[j] === 0x20 || buf[j] === 0x09))
        j++;
    return j === end ? buf.toString('latin1', id, idStop) : null;
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/state.ts


/** What the classifiers of one file share (one per file, a class so that V8 keeps one shape). */
class GatewayState {
    ctx;
    excerpts = new ExcerptBudget();
    names = new Interner();
    /** HTTP backend URL → server (`Configuring HTTP MCP backend: %s, url=%s`), for the failures that name only the URL. */
    httpServers = new Map();
    attribution;
    /** The guard lookup in progress (debug records before its `<<< call_backend FAILED`), and the last one failed. */
    lookup = { tool: null, reason: null };
    lastLookupFailure = null;
    constructor(ctx) {
        this.ctx = ctx;
        this.attribution = ctx.hint ? new AttributionLines(ctx.file, (e) => ctx.hint(e), this.names) : null;
    }
}
/** `AuthRejected` from a match of `⟨reason⟩, remote=⟨remote⟩, path=⟨path⟩` (groups 1, 2, 3), the auth and client forms. */
function authRejected(s, h, m) {
    s.ctx.emit({
        type: 'AuthRejected',
        reason: m[1],
        path: m[3],
        shutdownNoise: m[3] === '/close',
        loc: recordLoc(s, h),
    });
}
/** Where a record is (its file, first line and excerpt); called at each emit, not made into a closure per record. */
function recordLoc(s, h) {
    return loc(s.ctx.file, h.line, h.raw);
}
function labeling(s, kind, error, server, h, cont, source, guardName) {
    const trapGuard = afterTrapGuard(error);
    const wasm = parseWasmError(error, cont);
    s.ctx.emit({
        type: 'LabelingFailure',
        kind,
        guard: guardName ?? trapGuard ?? wasm?.module ?? server,
        server,
        message: error,
        wasm,
        afterTrap: trapGuard !== null,
        source,
        loc: loc(s.ctx.file, h.line, h.raw),
    });
}
/** A request the proxy refused because resource labeling (Phase 1) failed: a labeling failure and a refused call. */
function proxyLabelingRejection(s, err, h, cont) {
    labeling(s, 'guard', err, null, h, cont, 'proxy');
    s.ctx.emit({
        type: 'ToolCallError',
        tool: '',
        error: err,
        afterTrapGuard: afterTrapGuard(err),
        wasm: parseWasmError(err, cont),
        source: 'proxy',
        loc: loc(s.ctx.file, h.line, h.raw),
    });
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/classify-backend.ts
// `[backend]` records: WASM guard traps, backend connection and registration failures, rate limits.


// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const WASM_GUARD_TRAP_GUARD = /^WASM guard trap: guard=([^,]*), func=([^,]*), error=(.*)$/s;
const CIRCUIT_BREAKER_FOR_SERVER = /^circuit breaker for server "([^"]*)" (?:re-)?OPENED/;
const ALL_HTTP_TRANSPORTS_FAILED = /^All HTTP transports failed for url=(\S+)/;
const CONFIGURING_HTTP_MCP_BACKEND = /^Configuring HTTP MCP backend: ([^,\s]+), url=(\S+)/;
const RATE_LIMIT_ERROR_FOR = /^rate-limit error for server "([^"]*)"/;
const CIRCUIT_BREAKER_STRANDED_PROBE = /^circuit breaker for server "([^"]*)": stranded HALF-OPEN probe detected/;
const HTTP_BACKEND_IS_NOT = /^HTTP backend is not ready: /;
function classifyBackend(s, level, msg, server, h, cont) {
    const { emit } = s.ctx;
    let m;
    if (level === 'ERROR') {
        if ((m = WASM_GUARD_TRAP_GUARD.exec(msg))) {
            const wasm = parseWasmError(m[3], cont);
            emit({
                type: 'WasmTrap',
                guard: m[1],
                func: m[2],
                cause: wasm?.cause ?? m[3].replace(/^WASM function call failed: /, '').trim(),
                source: s.ctx.kind === 'proxy' ? 'proxy' : 'gateway',
                loc: recordLoc(s, h),
            });
            return;
        }
        if ((m = CIRCUIT_BREAKER_FOR_SERVER.exec(msg))) {
            emit({ type: 'RateLimit', kind: 'circuit-breaker', server: m[1], loc: recordLoc(s, h) });
            return;
        }
        const template = BACKEND_ERRORS.find((t) => t.re.test(msg));
        if (template) {
            const url = ALL_HTTP_TRANSPORTS_FAILED.exec(msg)?.[1];
            const named = /(?:^Failed to register tools from |\bserver=)([^\s,:()]+)|\bserver "([^"]+)"/
                .exec(msg)
                ?.slice(1)
                .find((x) => x !== undefined) ??
                (url !== undefined ? (s.httpServers.get(url) ?? null) : null) ??
                server;
            const message = template.withBody ? withBody(msg, cont) : msg;
            emit({ type: 'GatewayError', template: template.name, message, server: named, loc: recordLoc(s, h) });
        }
        return;
    }
    if (level === 'INFO') {
        if ((m = CONFIGURING_HTTP_MCP_BACKEND.exec(msg)) && s.httpServers.size < 1000)
            s.httpServers.set(m[2], server ?? m[1]);
        return;
    }
    if (level !== 'WARN')
        return;
    if ((m = RATE_LIMIT_ERROR_FOR.exec(msg))) {
        emit({ type: 'RateLimit', kind: 'backend', server: m[1] ?? server, loc: recordLoc(s, h) });
    }
    else if ((m = CIRCUIT_BREAKER_STRANDED_PROBE.exec(msg))) {
        emit({ type: 'RateLimit', kind: 'circuit-breaker-probe', server: m[1], loc: recordLoc(s, h) });
    }
    else if (HTTP_BACKEND_IS_NOT.test(msg)) {
        // Since 2026-08-07: a request to a routed HTTP backend whose tools are not registered yet got 503. A fact,
        // not a failure of its own: the backend's startup failure is the finding, unless it registered later.
        emit({ type: 'BackendNotReady', server, loc: recordLoc(s, h) });
    }
}
/** The first line of a message plus its first non-blank continuation line (multi-line `%v` errors). */
function withBody(msg, cont) {
    const detail = cont.find((c) => c.trim() !== '');
    return detail === undefined ? msg : `${msg.trimEnd()} ${detail.trim()}`;
}
const BACKEND_ERRORS = [
    // Since 2026-08-09: the container backend broke the host-path mount policy and was not launched.
    { name: 'Mount policy violation', re: /^Mount policy violation: /, withBody: true },
    { name: 'MCP backend connection failed', re: /^MCP backend connection failed/ },
    { name: 'MCP backend command not found', re: /^MCP backend command not found/ },
    { name: 'MCP backend connection/protocol error', re: /^MCP backend connection\/protocol error/ },
    { name: 'MCP connection failed', re: /^MCP connection failed: / },
    { name: 'All HTTP transports failed', re: /^All HTTP transports failed/ },
    { name: 'MCP backend server startup timeout', re: /^MCP backend server startup timeout/ },
    { name: 'Session reconnect failed', re: /^(?:Session|SDK session) reconnect failed for / },
    { name: 'Failed to register tools', re: /^Failed to register tools from / },
    { name: 'Tool registration incomplete', re: /^Tool registration incomplete: / },
    {
        name: 'Health check restart failed',
        re: /^Health check: (?:restart failed for server|server "[^"]*" reached max restart attempts)/,
    },
];

;// CONCATENATED MODULE: ./src/parsers/tool-result.ts
// The post-filter tool result of `MCP tool call response … result=⟨json⟩` (FORMATS.md §4.2, §8.5): the repositories
// its items come from, read structurally (item fields `html_url`, `repository_url`, `repository.full_name`, also in
// JSON nested in `content[].text`), never from free text. Extracted while parsing so results are not kept.

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const API_REPOS_PATH = /\/repos\/([^/]+)\/([^/?#]+)/;
const JSON_TEXT_START = /^\s*[[{]/;
const ISERROR_TRUE = /"isError":\s*true/;
const NON_REPO_OWNERS = new Set([
    'orgs',
    'users',
    'settings',
    'sponsors',
    'apps',
    'marketplace',
    'topics',
    'collections',
    'features',
    'enterprises',
    'advisories',
    'organizations',
    'notifications',
    'login',
    'search',
]);
const MAX_DEPTH = 12;
const HAS_REPO_KEY = /html_url|repository_url|full_name/;
const REDACTED = /\[REDACTED\]/;
/**
 * References to other repositories that are metadata of an in-scope item, not data of those repositories: a pull
 * request's branch refs (`head.repo` is the fork the change came from) and a repository's fork/template lineage.
 */
const REF_KEYS = new Set(['head', 'base', 'parent', 'source', 'template_repository']);
/**
 * The usual form of an item URL, `https://github.com/⟨owner⟩/⟨repo⟩…`, read without the URL parser (one per item of
 * every result). Anything else (other characters, ports, `.` segments, percent-encoding) takes the URL parser.
 */
const PLAIN_HTML_URL = /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:[/?#]|$)/;
function repoFromHtmlUrl(url) {
    const m = PLAIN_HTML_URL.exec(url);
    if (m && m[2] !== '.' && m[2] !== '..' && m[3] !== '.' && m[3] !== '..') {
        if (m[1].startsWith('gist.') || m[1].startsWith('api.') || NON_REPO_OWNERS.has(m[2].toLowerCase()))
            return null;
        return `${m[2]}/${m[3]}`;
    }
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return null;
    }
    if (u.hostname.startsWith('gist.') || u.hostname.startsWith('api.'))
        return null;
    const parts = u.pathname.split('/').filter(Boolean);
    if (parts.length < 2 || NON_REPO_OWNERS.has(parts[0].toLowerCase()))
        return null;
    return `${parts[0]}/${parts[1]}`;
}
function repoFromApiUrl(url) {
    const m = API_REPOS_PATH.exec(url);
    return m ? `${m[1]}/${m[2]}` : null;
}
/** Collects repositories named by item fields, descending into JSON nested in `content[].text`. */
function reposInResult(value, out, depth = 0, state = { unparsed: false }) {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object')
        return;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            reposInResult(value[i], out, depth + 1, state);
        return;
    }
    const obj = value;
    if (typeof obj.html_url === 'string') {
        const r = repoFromHtmlUrl(obj.html_url);
        if (r)
            out.add(r.toLowerCase());
    }
    if (typeof obj.repository_url === 'string') {
        const r = repoFromApiUrl(obj.repository_url);
        if (r)
            out.add(r.toLowerCase());
    }
    const repo = obj.repository;
    if (repo && typeof repo === 'object' && typeof repo.full_name === 'string') {
        out.add(repo.full_name.toLowerCase());
    }
    // `for…in` over a parsed JSON object visits its own keys in Object.entries' order, without an array per object.
    for (const k in obj) {
        if (!Object.hasOwn(obj, k))
            continue;
        const v = obj[k];
        if (k === 'text' && typeof v === 'string' && JSON_TEXT_START.test(v)) {
            const nested = parseRedactedJson(v);
            if (nested !== undefined)
                reposInResult(nested, out, depth + 1, state);
            // Free text is never a source of repositories; JSON-looking text naming repositories that does not parse
            // (redacted) was not checked.
            else if (HAS_REPO_KEY.test(v) && REDACTED.test(v))
                state.unparsed = true;
        }
        else if (typeof v === 'object' && !REF_KEYS.has(k))
            reposInResult(v, out, depth + 1, state);
    }
}
/** Parses a result only when it can name a repository (byte-cheap check first); free text yields nothing. */
function toolResultRepos(result) {
    const isError = ISERROR_TRUE.test(result);
    if (!HAS_REPO_KEY.test(result))
        return { repos: [], isError };
    const value = parseRedactedJson(result);
    // A redacted line (since 2026-08-06) may not parse: the result was not checked, which the report says. (Other
    // text that does not parse, e.g. a line cut at the line cap, is noted where it is cut.)
    if (value === undefined)
        return REDACTED.test(result) ? { repos: [], isError, unparsed: true } : { repos: [], isError };
    const found = new Set();
    const state = { unparsed: false };
    reposInResult(value, found, 0, state);
    const top = value;
    const out = {
        repos: [...found],
        isError: !!top && typeof top === 'object' && top.isError === true,
    };
    if (state.unparsed)
        out.unparsed = true;
    return out;
}

;// CONCATENATED MODULE: ./src/parsers/tool-names.ts
// Tool names as the rules compare them (FORMATS.md §8.5). Since 2026-07-24 the GitHub MCP server's feature-flag alias
// tools (`list_issues_ff_fields_param`, `issue_dependency_read_ff_issue_dependencies`, …) are labelled like their
// canonical tools, and their names appear in `tool_name` and `tool=`. The alias is `⟨canonical⟩_ff_⟨flag⟩`; the
// parsers report the canonical name, so per-tool counts, the filtering summary and tools.json attribution treat an
// alias and its canonical tool as one tool.
const ALIAS = /^([a-z][a-z0-9]*(?:_[a-z0-9]+)*?)_ff_[a-z0-9]+(?:_[a-z0-9]+)*$/;
/** `list_issues_ff_fields_param` → `list_issues`; any other name unchanged. */
function canonicalTool(name) {
    if (name.length > 200 || !name.includes('_ff_'))
        return name;
    const m = ALIAS.exec(name);
    return m ? m[1] : name;
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/classify-client.ts
// `[client]` records: tool call requests, responses (with the repositories they name) and errors.




// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const MCP_TOOL_CALL_REQUEST = /^MCP tool call request, session=[^,]*, tool=([^,]*), args=/;
const MCP_TOOL_CALL_RESPONSE = /^MCP tool call response, session=[^,]*, tool=([^,]*), result=(.*)$/s;
const MCP_TOOL_CALL_ERROR = /^MCP tool call error, session=[^,]*, tool=([^,]*), error=(.*)$/s;
const RATE_LIMIT_CIRCUIT_BREAKER = /^rate limit circuit breaker is (OPEN|HALF-OPEN) for server "([^"]*)"/;
const UPSTREAM_RATE_LIMIT_HIT = /^upstream rate limit hit: /;
const REJECTED_MCP_CLIENT_CONNECTION = /^Rejected MCP client connection: (.*), remote=(\S*), path=(\S*)\s*$/;
function classifyClient(s, level, msg, h, cont) {
    const { emit } = s.ctx;
    let m;
    if (level === 'INFO') {
        if ((m = MCP_TOOL_CALL_REQUEST.exec(msg))) {
            emit({
                type: 'ToolCallRequest',
                tool: s.names.get(canonicalTool(m[1])),
                loc: s.excerpts.loc('request', s.ctx.file, h.line, h.raw),
            });
        }
        else if ((m = MCP_TOOL_CALL_RESPONSE.exec(msg))) {
            const result = toolResultRepos(m[2]);
            const where = result.repos.length > 0 ? recordLoc(s, h) : s.excerpts.loc('response', s.ctx.file, h.line, h.raw);
            emit({ type: 'ToolCallResponse', tool: s.names.get(canonicalTool(m[1])), ...result, loc: where });
        }
    }
    else if (level === 'ERROR') {
        if ((m = MCP_TOOL_CALL_ERROR.exec(msg))) {
            emit({
                type: 'ToolCallError',
                tool: canonicalTool(m[1]),
                error: m[2],
                afterTrapGuard: afterTrapGuard(m[2]),
                wasm: parseWasmError(m[2], cont),
                source: 'gateway',
                loc: recordLoc(s, h),
            });
            // `rate limit circuit breaker is OPEN for server %q …`; since 2026-08-05 also `is HALF-OPEN` (§7.6).
            const cb = RATE_LIMIT_CIRCUIT_BREAKER.exec(m[2]);
            if (cb)
                emit({ type: 'CircuitBreakerRejection', server: cb[2], state: cb[1], loc: recordLoc(s, h) });
        }
        else if (UPSTREAM_RATE_LIMIT_HIT.test(msg)) {
            emit({ type: 'RateLimit', kind: 'upstream', server: null, loc: recordLoc(s, h) });
        }
        else if ((m = REJECTED_MCP_CLIENT_CONNECTION.exec(msg))) {
            authRejected(s, h, m);
        }
    }
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/classify-debug.ts
// Debug records (`[DEBUG] [⟨namespace⟩]`, `DEBUG=*`): RPC previews, the guard lookup around `call_backend`, the legacy
// `[DIFC]` decisions and the refusals after a trap. Only those the prefilter let through reach this.



// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const RPC_FAILED_RESPONSE = /^([^\s→←]+)←resp \d+b err:(.+)$/;
const RPC_TOOLS_CALL = /^([^\s→←]+)→tools\/call /;
const REGISTERED_GUARD_FOR_SERVER = /^\[Guard\] Registered guard '([^']*)' for server '([^']*)'/;
const PHASE1_FAILED = /^\[DIFC\] Phase 1 failed: (?!tool=)(.*)$/s;
const PHASE4_FAILED = /^\[DIFC\] Phase 4 failed: (.*)$/s;
const FILTERED_COLLECTION = /^\[DIFC\] Filtered collection: (\d+)\/(\d+) items accessible/;
const STRICT_BLOCKING = /^\[DIFC\] STRICT: blocking response — (\d+) filtered items/;
const REFUSED_AFTER_TRAP = /^callWasmFunction: guard=(\S+) is unavailable after a previous trap\s*$/;
const GUARD_CALL_BACKEND = /^\[guard:[^\]]*\] INFO: >>> call_backend: tool=(\S+)\s*$/;
const GUARD_CALL_BACKEND_RETURNED = /^\[guard:[^\]]*\] INFO: <<< call_backend returned /;
const WASM_GUARD_CALLING_BACKEND = /^WASM guard calling backend: tool=(\S+)\s*$/;
const BACKEND_CALL_FAILED = /^Backend call failed: (.+)$/;
const OWN_REASON = /^([a-z_]+): (.+)$/;
const NO_TOKEN_FOR_PERMISSION = /^get_collaborator_permission: (no GitHub token available)\b/;
function classifyDebug(s, h, category, msg, cont) {
    const { ctx } = s;
    const emit = ctx.emit;
    if (category === 'rpc') {
        const failed = RPC_FAILED_RESPONSE.exec(msg);
        if (failed) {
            emit({
                type: 'BackendCallFailed',
                server: s.names.get(failed[1]),
                error: failed[2].trim().slice(0, 300),
                source: 'rpc-text',
                loc: s.excerpts.loc('failed', ctx.file, h.line, h.raw),
            });
            return;
        }
        const rpc = RPC_TOOLS_CALL.exec(msg);
        if (rpc)
            emit({
                type: 'BackendToolCall',
                server: s.names.get(rpc[1]),
                source: 'rpc-text',
                loc: s.excerpts.loc('call', ctx.file, h.line, h.raw),
            });
        return;
    }
    if (category === 'guard:wasm' || category === 'server:unified') {
        if (guardLookupDebug(s, h.message))
            return;
    }
    let m;
    if ((m = REGISTERED_GUARD_FOR_SERVER.exec(msg))) {
        emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: true, loc: recordLoc(s, h) });
    }
    else if (ctx.kind === 'proxy' && (m = PHASE1_FAILED.exec(msg))) {
        // Proxy form 2026-03-19 → 2026-07-13 (§7.3): before `Request rejected` existed, this is the record of the request
        // the proxy refused. The `tool=` form pairs with a `Request rejected` record, and in the gateway with a WARN one.
        proxyLabelingRejection(s, m[1], h, cont);
    }
    else if ((m = PHASE4_FAILED.exec(msg))) {
        if (ctx.kind === 'proxy')
            emit({
                type: 'ProxyPhase4Failed',
                message: m[1],
                wasm: parseWasmError(m[1], cont),
                loc: recordLoc(s, h),
            });
    }
    else if ((m = FILTERED_COLLECTION.exec(msg))) {
        const c = partOf(m[1], m[2]);
        if (c) {
            const where = s.excerpts.loc(c.part < c.whole ? 'filtered' : 'count', ctx.file, h.line, h.raw);
            emit({
                type: 'FilterCount',
                tool: null,
                filtered: c.whole - c.part,
                total: c.whole,
                source: 'gateway',
                loc: where,
            });
        }
    }
    else if ((m = STRICT_BLOCKING.exec(msg))) {
        const filtered = count(m[1]);
        if (filtered !== null)
            emit({ type: 'StrictBlock', filtered, total: null, loc: recordLoc(s, h) });
    }
    else if ((m = REFUSED_AFTER_TRAP.exec(msg))) {
        // Since 2026-08-16: one line per guard call refused after a trap (the refused call's error record is the
        // same call). `LabelResource|LabelResponse callWasmGuardFunction failed: …` repeats the trap text of the
        // same call and is not parsed at all: neither a trap nor another failure.
        emit({
            type: 'GuardRefusal',
            guard: s.names.get(m[1]),
            source: ctx.kind === 'proxy' ? 'proxy' : 'gateway',
            loc: s.excerpts.loc('refusal', ctx.file, h.line, h.raw),
        });
    }
}
/**
 * The debug records of a guard's lookup through `call_backend`, before its `<<< call_backend FAILED` (v0.4.10):
 * the guard's `>>> call_backend: tool=X`, the gateway's `WASM guard calling backend: tool=X`, its reason
 * (`get_collaborator_permission: no GitHub token available for …, skipping`) and `Backend call failed: X: reason`.
 */
function guardLookupDebug(s, message) {
    let m;
    if ((m = GUARD_CALL_BACKEND.exec(message))) {
        s.lookup = { tool: s.names.get(m[1]), reason: null };
    }
    else if (GUARD_CALL_BACKEND_RETURNED.test(message)) {
        s.lookup = { tool: null, reason: null }; // that lookup succeeded
    }
    else if ((m = WASM_GUARD_CALLING_BACKEND.exec(message))) {
        if (s.lookup.tool !== m[1])
            s.lookup = { tool: s.names.get(m[1]), reason: null };
    }
    else if ((m = BACKEND_CALL_FAILED.exec(message))) {
        // `get_collaborator_permission: no GitHub token available`, or the backend's error for a forwarded lookup
        // (`calling "tools/call": API rate limit exceeded …`)
        const own = OWN_REASON.exec(m[1]);
        if (own && (s.lookup.tool === null || s.lookup.tool === own[1])) {
            s.lookup.tool ??= s.names.get(own[1]);
            s.lookup.reason = own[2].trim().slice(0, 200);
        }
        else
            s.lookup.reason = m[1].trim().slice(0, 200);
    }
    else if ((m = NO_TOKEN_FOR_PERMISSION.exec(message))) {
        s.lookup.reason ??= m[1];
    }
    else
        return false;
    return true;
}
/** The byte starts of the records guardLookupDebug() reads (the prefilter keeps these, in both namespaces). */
const CAT_GUARD_WASM = ascii('guard:wasm');
const CAT_SERVER_UNIFIED = ascii('server:unified');
const GUARD_TAG = ascii('[guard:');
const CALL_BACKEND_TOOL = ascii('] INFO: >>> call_backend: tool=');
const CALL_BACKEND_RETURNED = ascii('] INFO: <<< call_backend returned');
const CALLING_BACKEND_TOOL = ascii('WASM guard calling backend: tool=');
const CALL_FAILED = ascii('Backend call failed: ');
const PERMISSION_LOOKUP = ascii('get_collaborator_permission: ');
const NO_TOKEN = ascii('get_collaborator_permission: no GitHub token available');
/** ASCII whitespace, as `\s` reads it on ASCII. */
function isSpace(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
/** `[A-Za-z0-9_]`, a word character for `\b`. */
function isWord(c) {
    return isAlnumByte(c) || c === 0x5f;
}
/**
 * The end of `(\S+)\s*$` at `i` read on ASCII bytes (the tool: visible ASCII, then only ASCII whitespace to the
 * end), or -1 when it does not hold or a byte is one a regex would read otherwise (anything not ASCII, a control
 * character): the record is then decoded.
 */
function toolThenSpace(buf, i, end) {
    const from = i;
    while (i < end && buf[i] > 0x20 && buf[i] < 0x7f)
        i++;
    if (i === from)
        return -1;
    for (let j = i; j < end; j++)
        if (!isSpace(buf[j]))
            return -1;
    return i;
}
/**
 * guardLookupDebug() read on the bytes of a record whose prefix is `p`, for its three frequent forms (one of each per
 * guard lookup, with the permission lookup's reason): `[guard:⟨name⟩] INFO: >>> call_backend: tool=⟨tool⟩`,
 * `WASM guard calling backend: tool=⟨tool⟩` and `get_collaborator_permission: no GitHub token available`. Applies
 * the record as guardLookupDebug() would and says true; false (nothing changed) for any other record or any byte
 * the expressions above would read otherwise, which then goes the decoded way.
 */
function guardLookupBytes(s, buf, p, end) {
    if (p.level !== LEVEL_DEBUG)
        return false;
    const msg = p.msg;
    if (isCategory(buf, p, CAT_GUARD_WASM)) {
        let tool;
        let guardTag = false;
        if (startsWithAt(buf, msg, end, CALLING_BACKEND_TOOL))
            tool = msg + CALLING_BACKEND_TOOL.length;
        else if (startsWithAt(buf, msg, end, GUARD_TAG)) {
            // `[guard:[^\]]*]`: the first `]` after the tag closes it.
            let close = msg + GUARD_TAG.length;
            while (close < end && buf[close] !== 0x5d)
                close++;
            if (!startsWithAt(buf, close, end, CALL_BACKEND_TOOL))
                return false;
            tool = close + CALL_BACKEND_TOOL.length;
            guardTag = true;
        }
        else if (startsWithAt(buf, msg, end, CALL_FAILED))
            return callFailed(s, buf, msg + CALL_FAILED.length, end);
        else
            return false;
        const toolEnd = toolThenSpace(buf, tool, end);
        if (toolEnd < 0)
            return false;
        const name = buf.toString('latin1', tool, toolEnd);
        if (guardTag || s.lookup.tool !== name)
            s.lookup = { tool: s.names.get(name), reason: null };
        return true;
    }
    if (isCategory(buf, p, CAT_SERVER_UNIFIED) && startsWithAt(buf, msg, end, NO_TOKEN)) {
        const after = msg + NO_TOKEN.length;
        // `\b` after `available`: the end, or a byte that is no ASCII word character.
        if (after < end && isWord(buf[after]))
            return false;
        s.lookup.reason ??= 'no GitHub token available';
        return true;
    }
    return false;
}
/**
 * `Backend call failed: (.+)$` from `from` on, on printable ASCII only (else false: decoded), as guardLookupDebug()
 * applies it: `⟨tool⟩: ⟨reason⟩` (`[a-z_]+: .+`) of the lookup in progress, or the backend's error as the reason.
 */
function callFailed(s, buf, from, end) {
    if (from >= end)
        return false;
    for (let i = from; i < end; i++)
        if (buf[i] < 0x20 || buf[i] > 0x7e)
            return false;
    let i = from;
    while (i < end && ((buf[i] >= 0x61 && buf[i] <= 0x7a) || buf[i] === 0x5f))
        i++;
    if (i > from && buf[i] === 0x3a && buf[i + 1] === 0x20 && i + 2 < end) {
        const tool = buf.toString('latin1', from, i);
        if (s.lookup.tool === null || s.lookup.tool === tool) {
            s.lookup.tool ??= s.names.get(tool);
            s.lookup.reason = trimmed(buf, i + 2, end);
            return true;
        }
    }
    s.lookup.reason = trimmed(buf, from, end);
    return true;
}
/** `.trim().slice(0, 200)` of printable ASCII bytes (the only whitespace among them is the space). */
function trimmed(buf, from, end) {
    while (from < end && buf[from] === 0x20)
        from++;
    while (end > from && buf[end - 1] === 0x20)
        end--;
    return buf.toString('latin1', from, Math.min(end, from + 200));
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/classify-difc.ts
// `[difc]` records: filtered items (`[DIFC-FILTERED] {…}`), the guard policy, guard loading and labeling failures.



// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const DIFC_FILTERED_RECORD = /^\[DIFC-FILTERED\] (\{.*)$/s;
const GUARD_POLICY = /^Guard policy: (\{.*)$/s;
const MCP_GATEWAY_WASM_GUARDS = /^MCP_GATEWAY_WASM_GUARDS_DIR/;
const LOADED_DISCOVERED_WASM_GUARD = /^Loaded discovered WASM guard from file: /;
const REGISTERED_GUARD = /^Registered guard '([^']*)'\s*$/;
const FAILED_TO_LOAD_DISCOVERED = /^Failed to load discovered WASM guard from (.*?): (.*)$/s;
const FAILED_TO_DISCOVER_WASM = /^Failed to discover WASM guard: (.*)$/s;
const FAILED_TO_CREATE_GUARD = /^Failed to create guard '([^']*)': (.*) \(falling back to noop\)/s;
const GUARD_NOT_FOUND_FALLING = /^Guard '([^']*)' not found: (.*) \(falling back to noop\)/s;
const GUARD_IS_AVAILABLE_BUT = /^Guard '([^']*)' is available but no guard policy is set; falling back to noop guard/;
const GUARD_LABELING_FAILED = /^Guard labeling failed: (.*)$/s;
const RESPONSE_LABELING_FAILED = /^Response labeling failed: (.*)$/s;
const STRICT_MODE_BLOCKING_ENTIRE = /^STRICT MODE: Blocking entire response - (\d+)\/(\d+) items/;
const LABEL_AGENT_FAILED_SESSION = /^label_agent failed: session=[^,]*, guard=([^,]*), error=(.*)$/s;
const REPOS_ALL_PUBLIC = /"repos":"(all|public)"/;
function classifyDifc(s, level, msg, server, h, cont) {
    const { emit } = s.ctx;
    let m;
    if (level === 'INFO') {
        if ((m = DIFC_FILTERED_RECORD.exec(msg))) {
            const source = s.ctx.kind === 'server' ? 'server' : 'gateway';
            const item = parseRedactedJson(m[1]);
            if (isRecord(item)) {
                emit({
                    type: 'DifcFiltered',
                    server: str(item.server_id) || server || 'unknown',
                    tool: canonicalTool(str(item.tool_name)),
                    description: str(item.description),
                    reason: str(item.reason),
                    integrityTags: stringArrayOrNull(item.integrity_tags),
                    secrecyTags: stringArrayOrNull(item.secrecy_tags),
                    source,
                    loc: recordLoc(s, h),
                });
            }
            else if (item === undefined && isRedactedItem(m[1])) {
                // Redacted (§3.1): still one filtered item; its fields are read one by one, unknown tags stay null.
                const text = m[1];
                emit({
                    type: 'DifcFiltered',
                    server: looseString(text, 'server_id') || server || 'unknown',
                    tool: canonicalTool(looseString(text, 'tool_name') ?? ''),
                    description: looseString(text, 'description') ?? '',
                    reason: looseString(text, 'reason') ?? '',
                    integrityTags: looseStringArray(text, 'integrity_tags') ?? null,
                    secrecyTags: looseStringArray(text, 'secrecy_tags') ?? null,
                    source,
                    unparsed: true,
                    loc: recordLoc(s, h),
                });
            }
        }
        else if ((m = GUARD_POLICY.exec(msg))) {
            emit({ type: 'GuardsCapable', signal: 'Guard policy', loc: recordLoc(s, h) });
            const policy = parsePolicy(m[1]);
            emit({ type: 'GuardPolicy', server: server ?? 'unknown', ...policy, raw: m[1], loc: recordLoc(s, h) });
        }
        else if (MCP_GATEWAY_WASM_GUARDS.test(msg)) {
            emit({ type: 'GuardsCapable', signal: 'MCP_GATEWAY_WASM_GUARDS_DIR', loc: recordLoc(s, h) });
        }
        else if (LOADED_DISCOVERED_WASM_GUARD.test(msg)) {
            emit({ type: 'GuardsCapable', signal: 'Loaded discovered WASM guard', loc: recordLoc(s, h) });
        }
        else if ((m = REGISTERED_GUARD.exec(msg)) && server) {
            emit({ type: 'GuardRegistered', server, guard: m[1], legacy: false, loc: recordLoc(s, h) });
        }
        return;
    }
    if (level === 'WARN') {
        if ((m = FAILED_TO_LOAD_DISCOVERED.exec(msg))) {
            emit({
                type: 'GuardLoadFailure',
                server,
                reason: `failed to load WASM guard: ${m[2]}`,
                loc: recordLoc(s, h),
            });
        }
        else if ((m = FAILED_TO_DISCOVER_WASM.exec(msg))) {
            emit({
                type: 'GuardLoadFailure',
                server,
                reason: `failed to discover WASM guard: ${m[1]}`,
                loc: recordLoc(s, h),
            });
        }
        else if ((m = FAILED_TO_CREATE_GUARD.exec(msg))) {
            emit({
                type: 'GuardLoadFailure',
                server,
                reason: `failed to create guard '${m[1]}', fell back to noop`,
                loc: recordLoc(s, h),
            });
        }
        else if ((m = GUARD_NOT_FOUND_FALLING.exec(msg))) {
            emit({
                type: 'GuardLoadFailure',
                server,
                reason: `guard '${m[1]}' not found, fell back to noop`,
                loc: recordLoc(s, h),
            });
        }
        else if ((m = GUARD_IS_AVAILABLE_BUT.exec(msg))) {
            emit({
                type: 'GuardLoadFailure',
                server,
                reason: `guard '${m[1]}' has no policy, fell back to noop`,
                loc: recordLoc(s, h),
            });
        }
        else if ((m = GUARD_LABELING_FAILED.exec(msg))) {
            labeling(s, 'guard', m[1], server, h, cont, 'gateway');
        }
        else if ((m = RESPONSE_LABELING_FAILED.exec(msg))) {
            labeling(s, 'response', m[1], server, h, cont, 'gateway');
        }
        else if ((m = STRICT_MODE_BLOCKING_ENTIRE.exec(msg))) {
            const c = partOf(m[1], m[2]);
            if (c)
                emit({ type: 'StrictBlock', filtered: c.part, total: c.whole, loc: recordLoc(s, h) });
        }
        return;
    }
    if (level === 'ERROR' && (m = LABEL_AGENT_FAILED_SESSION.exec(msg))) {
        labeling(s, 'session', m[2], server, h, cont, 'gateway', m[1]);
    }
}
/**
 * A `[DIFC-FILTERED]` object the redaction broke (§3.1): it carries the `[REDACTED]` marker and still names its
 * server or tool. Other text that does not parse is not an item.
 */
function isRedactedItem(text) {
    return (text.includes('[REDACTED]') &&
        (looseString(text, 'server_id') !== null || looseString(text, 'tool_name') !== null));
}
function safeJson(text) {
    const v = parseRedactedJson(text);
    return v === undefined ? null : v;
}
/** `Guard policy: {"allow-only":{"min-integrity":"approved","repos":[...]}}` → repos and min-integrity. */
function parsePolicy(text) {
    const v = safeJson(text);
    if (!isRecord(v)) {
        // A redacted line (§3.1): read the two fields one by one.
        const min = looseString(text, 'min-integrity');
        const all = REPOS_ALL_PUBLIC.exec(text)?.[1];
        return { repos: all ?? looseStringArray(text, 'repos') ?? null, minIntegrity: min };
    }
    const body = isRecord(v['allow-only']) ? v['allow-only'] : isRecord(v.allowonly) ? v.allowonly : v;
    const repos = body.repos;
    const min = body['min-integrity'] ?? body.min_integrity;
    return {
        repos: repos === 'all' || repos === 'public'
            ? repos
            : Array.isArray(repos)
                ? repos.filter((r) => typeof r === 'string')
                : null,
        minIntegrity: typeof min === 'string' ? min : null,
    };
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/classify-guard.ts
// `[guard]` records: a guard's failed `call_backend` lookups, registrations and rate-limited visibility lookups.

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const CALL_BACKEND_FAILED_WITH = /^<<< call_backend FAILED with code (-?\d+)\s*$/;
const BACKEND_CALL_FAILED_WITH = /^Backend call ([A-Za-z0-9_]+) failed with code -?\d+\s*$/;
const classify_guard_REGISTERED_GUARD_FOR_SERVER = /^Registered guard '([^']*)' for server '([^']*)'/;
const REPO_VISIBILITY_LOOKUP_RATE = /^Repo visibility lookup (?:rate-limited|result for .*: unknown \(rate-limited)/;
/** `guardName` is the `[⟨guard⟩] ` the guard's own messages start with (split off like a server prefix). */
function classifyGuard(s, level, msg, guardName, h) {
    let m;
    if (level === 'ERROR' && guardName && (m = CALL_BACKEND_FAILED_WITH.exec(msg))) {
        const code = Number(m[1]);
        const e = {
            type: 'GuardLookupFailed',
            guard: guardName,
            tool: s.lookup.tool,
            code: Number.isSafeInteger(code) ? code : null,
            reason: s.lookup.reason,
            loc: recordLoc(s, h),
        };
        s.lookup = { tool: null, reason: null };
        s.lastLookupFailure = e;
        s.ctx.emit(e);
        return;
    }
    if (level === 'WARN' && guardName && (m = BACKEND_CALL_FAILED_WITH.exec(msg))) {
        // The guard's own follow-up names the tool: it completes a failure whose debug records were not logged.
        const last = s.lastLookupFailure;
        if (last && last.guard === guardName && last.tool === null)
            last.tool = s.names.get(m[1]);
        return;
    }
    if (level === 'INFO' && (m = classify_guard_REGISTERED_GUARD_FOR_SERVER.exec(msg))) {
        s.ctx.emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: false, loc: recordLoc(s, h) });
    }
    else if (level === 'WARN' && guardName && REPO_VISIBILITY_LOOKUP_RATE.test(msg)) {
        s.ctx.emit({ type: 'RateLimit', kind: 'guard-lookup', server: guardName, loc: recordLoc(s, h) });
    }
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/classify-proxy.ts
// `[proxy]` records (proxy.log, §7.3): refused requests, unrecognized endpoints, the proxy's filter counts.



// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const REQUEST_REJECTED_STATUS_CODE = /^Request rejected: status=(\d+) code=(\S+) message=(.*?) err=(.*)$/s;
const RETURNING_PROXY_ENFORCEMENT_NOT = /^returning 503: proxy enforcement not configured/;
const classify_proxy_UPSTREAM_RATE_LIMIT_HIT = /^upstream rate limit hit: /;
const UNRECOGNIZED_ENDPOINT = /^\[UNRECOGNIZED-ENDPOINT\] (\{.*)$/s;
const REDACTED_METHOD_START = /^\{"method":"[A-Z]+"/;
const PATH_FIELD = /"path":"([^"\s]*)/;
const DIFC_FILTERED_ITEMS_FOR = /^DIFC filtered (\d+)\/(\d+) items for \S+ \S+ \(tool=([^)]*)\)/;
function classifyProxy(s, level, msg, h, cont) {
    const { emit } = s.ctx;
    let m;
    if (level === 'ERROR') {
        if ((m = REQUEST_REJECTED_STATUS_CODE.exec(msg))) {
            const [, status, , message, err] = m;
            if (message.startsWith('resource labeling failed')) {
                proxyLabelingRejection(s, err, h, cont);
            }
            else if (status === '503') {
                emit({
                    type: 'GatewayError',
                    template: 'Proxy enforcement not configured',
                    message: msg,
                    loc: recordLoc(s, h),
                });
            }
        }
        else if (RETURNING_PROXY_ENFORCEMENT_NOT.test(msg)) {
            emit({
                type: 'GatewayError',
                template: 'Proxy enforcement not configured',
                message: msg,
                loc: recordLoc(s, h),
            });
        }
        else if (classify_proxy_UPSTREAM_RATE_LIMIT_HIT.test(msg)) {
            emit({ type: 'RateLimit', kind: 'upstream', server: null, loc: recordLoc(s, h) });
        }
    }
    else if (level === 'WARN' && (m = UNRECOGNIZED_ENDPOINT.exec(msg))) {
        const v = parseRedactedJson(m[1]);
        if (isRecord(v))
            emit({
                type: 'UnrecognizedEndpoint',
                method: str(v.method),
                path: str(v.path),
                source: 'proxy',
                loc: recordLoc(s, h),
            });
        else if (v === undefined && m[1].includes('[REDACTED]') && REDACTED_METHOD_START.test(m[1]))
            // Redacted (§3.1): still one forwarded request; a path the redaction ran into is kept up to the cut.
            emit({
                type: 'UnrecognizedEndpoint',
                method: looseString(m[1], 'method') ?? '',
                path: looseString(m[1], 'path') ?? PATH_FIELD.exec(m[1])?.[1] ?? '',
                source: 'proxy',
                loc: recordLoc(s, h),
            });
    }
    else if (level === 'INFO' && (m = DIFC_FILTERED_ITEMS_FOR.exec(msg))) {
        const c = partOf(m[1], m[2]);
        if (c)
            emit({
                type: 'FilterCount',
                tool: m[3] ? s.names.get(canonicalTool(m[3])) : null,
                filtered: c.part,
                total: c.whole,
                source: 'proxy',
                loc: recordLoc(s, h),
            });
    }
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/classify-startup.ts
// `[startup]` records: the version, guards enforcement, configuration and environment validation failures.

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const MCPG_GATEWAY_VERSION = /^MCPG Gateway version: (\S+)/;
const GUARDS_ENFORCEMENT_ENABLED_WITH = /^Guards enforcement enabled with mode: ?(.*)$/;
const GUARDS_ENFORCEMENT_DISABLED = /^Guards enforcement disabled/;
const CONFIGURATION_VALIDATION_FAILED = /^Configuration validation failed:/;
const ENVIRONMENT_VALIDATION_FAILED = /^Environment validation failed: /;
function classifyStartup(s, level, msg, h, cont) {
    const { emit } = s.ctx;
    let m;
    if (level === 'INFO') {
        if ((m = MCPG_GATEWAY_VERSION.exec(msg)))
            emit({ type: 'GatewayVersion', version: m[1], loc: recordLoc(s, h) });
        else if ((m = GUARDS_ENFORCEMENT_ENABLED_WITH.exec(msg))) {
            emit({ type: 'GuardsCapable', signal: 'Guards enforcement enabled', loc: recordLoc(s, h) });
            emit({ type: 'EnforcementEnabled', mode: m[1].trim(), loc: recordLoc(s, h) });
        }
        else if (GUARDS_ENFORCEMENT_DISABLED.test(msg)) {
            emit({ type: 'GuardsCapable', signal: 'Guards enforcement disabled', loc: recordLoc(s, h) });
            emit({ type: 'EnforcementDisabled', legacy: false, loc: recordLoc(s, h) });
        }
    }
    else if (level === 'ERROR') {
        if (CONFIGURATION_VALIDATION_FAILED.test(msg)) {
            // Since 2026-07-20 the body nests `Location:` / `Error:` / `Details:` blocks; the innermost `Error:` says what.
            const errors = cont.map((c) => /^\s*Error: (.*\S)/.exec(c)?.[1]).filter((x) => x !== undefined);
            const detail = errors.length > 0 ? errors[errors.length - 1] : (cont.find((c) => c.trim() !== '') ?? '');
            emit({
                type: 'GatewayError',
                template: 'Configuration validation failed',
                message: (msg + ' ' + detail).trim(),
                loc: recordLoc(s, h),
            });
        }
        else if (ENVIRONMENT_VALIDATION_FAILED.test(msg)) {
            emit({
                type: 'GatewayError',
                template: 'Environment validation failed',
                message: environmentFailure(msg, cont),
                loc: recordLoc(s, h),
            });
        }
    }
}
/**
 * `Environment validation failed: %s` where `%s` repeats the prefix and lists the errors on continuation lines
 * (`Environment validation failed: Environment validation failed:` + `  - ⟨error⟩`, §7.7): one failure, said once.
 */
function environmentFailure(msg, cont) {
    const head = msg.replace(/^(?:Environment validation failed:\s*)+/i, '').trim();
    const items = cont
        .map((c) => /^\s*-\s+(.*\S)/.exec(c)?.[1])
        .filter((x) => x !== undefined)
        .slice(0, 5);
    const parts = [head, ...items].filter((x) => x !== '');
    return `Environment validation failed: ${parts.join('; ')}`.trim();
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/classify.ts
// One record to its events: the server prefix split off, then by level and category to the classifier of that
// category (one module each). A record that throws is data, never a crash (the framing catches).








// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const AUTH_REJECTED = /^(?:Request rejected|Authentication failed): (.*), remote=(\S*), path=(\S*)\s*$/;
const PROXY_SERVER_EXITED_WITH = /^Proxy server exited with error: /;
/** Optional `[⟨serverID⟩] ` after the category (the `…ToServer` writers), not a bracketed message start. */
const NOT_SERVER = new Set([
    'DIFC',
    'DIFC-FILTERED',
    'UNRECOGNIZED-ENDPOINT',
    'Guard',
    'stderr',
    'CONFIG',
    'LAUNCHER',
]);
/** `[A-Za-z0-9_.:-]`, the characters of a bracketed server prefix. */
function isIdChar(c) {
    return ((c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x30 && c <= 0x3a) ||
        c === 0x5f ||
        c === 0x2e ||
        c === 0x2d);
}
/** `^\[([A-Za-z0-9_.:-]+)\] (.*)$` read character by character (no regex, no match array, on every record). */
function splitServer(message) {
    if (message.charCodeAt(0) === 0x5b) {
        let i = 1;
        while (i < message.length && isIdChar(message.charCodeAt(i)))
            i++;
        if (i > 1 && message.charCodeAt(i) === 0x5d && message.charCodeAt(i + 1) === 0x20) {
            const id = message.slice(1, i);
            if (!NOT_SERVER.has(id) && !id.startsWith('guard:'))
                return { server: id, msg: message.slice(i + 2) };
        }
    }
    return { server: null, msg: message };
}
function classifyRecord(s, h, cont) {
    const { ctx } = s;
    const emit = ctx.emit;
    const { level, category } = h;
    const { server: prefixServer, msg } = splitServer(h.message);
    const server = prefixServer ?? ctx.serverId ?? null;
    s.attribution?.record(level, category, msg, prefixServer, h.line, h.raw);
    if (level === 'DEBUG')
        return classifyDebug(s, h, category, msg, cont);
    switch (category) {
        case 'startup':
            return classifyStartup(s, level, msg, h, cont);
        case 'difc':
            return classifyDifc(s, level, msg, server, h, cont);
        case 'guard':
            return classifyGuard(s, level, msg, prefixServer, h);
        case 'backend':
            return classifyBackend(s, level, msg, server, h, cont);
        case 'client':
            return classifyClient(s, level, msg, h, cont);
        case 'proxy':
            return classifyProxy(s, level, msg, h, cont);
        case 'auth': {
            const m = AUTH_REJECTED.exec(msg);
            if (level === 'ERROR' && m)
                authRejected(s, h, m);
            return;
        }
        case 'shutdown':
            if (level === 'ERROR' && PROXY_SERVER_EXITED_WITH.test(msg)) {
                emit({
                    type: 'GatewayError',
                    template: 'Proxy server exited with error',
                    message: msg,
                    loc: recordLoc(s, h),
                });
            }
            return;
        default:
            return;
    }
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/prefilter.ts
// The byte prefilter: from a record's prefix (level, category) and the first bytes of its message, whether it can
// carry a signal at all. Records that cannot are skipped undecoded, with their continuation lines.



/** Debug records that carry a signal all start with one of these (any namespace); see classify(). */
const DEBUG_SIGNALS = [
    '[Guard] Registered guard',
    '[DIFC] Phase 1 failed',
    '[DIFC] Phase 4 failed',
    '[DIFC] Filtered collection',
    '[DIFC] STRICT',
].map(ascii);
/** Debug `callWasmFunction: guard=%s is unavailable after a previous trap` (§7.1), not the per-call benign forms. */
const WASM_CALL = ascii('callWasmFunction: guard=');
const REFUSED = ascii(' is unavailable after a previous trap');
const CAT_RPC = ascii('rpc');
const CAT_BACKEND = ascii('backend');
const STDERR_TAG = ascii('] [stderr] ');
/** What a debug message start means: a signal, a refusal if isRefusal() says so, an attribution fact. */
const SIGNAL = 0;
const REFUSAL = 1;
const ATTRIBUTION = 2;
/**
 * Every debug message start above, grouped by its first two bytes: most debug messages share no two first bytes
 * with any of them and are settled by one table look-up. GROUP_OF maps the two bytes to a group (0: none).
 */
const GROUPS = [[]];
const GROUP_OF = new Uint8Array(65536);
for (const [list, what] of [
    [DEBUG_SIGNALS, SIGNAL],
    [[WASM_CALL], REFUSAL],
    [DEBUG_ATTRIBUTION, ATTRIBUTION],
]) {
    for (const start of list) {
        const key = (start[0] << 8) | start[1];
        if (GROUP_OF[key] === 0) {
            GROUP_OF[key] = GROUPS.length;
            GROUPS.push([]);
        }
        GROUPS[GROUP_OF[key]].push({ start, what });
    }
}
/**
 * The line scanner's table of the debug message starts above (util/line-scan.ts, laid out as assembly/line-scan.ts
 * reads it): GROUP_OF, then each group's offset in the table (u32, little-endian, at 65,536 + 4 × group), then the
 * groups' starts, each as what (1: the refusal, checked by the scanner's isRefusal; 0: may carry), its length and
 * its bytes, a group ended by a length of 0.
 */
const SCAN_STARTS = scanStarts();
function scanStarts() {
    const lists = GROUPS.map((group) => {
        const bytes = [];
        for (const { start, what } of group) {
            if (start.length > 255)
                throw new Error('a debug message start is too long for the line scanner');
            bytes.push(what === REFUSAL ? 1 : 0, start.length, ...start);
        }
        bytes.push(0, 0);
        return bytes;
    });
    const at = 65536 + 4 * 256;
    const size = at + lists.reduce((n, l) => n + l.length, 0);
    if (size > 131072 || GROUPS.length > 256)
        throw new Error('too many debug message starts for the line scanner');
    const table = new Uint8Array(size);
    table.set(GROUP_OF);
    const offsets = new DataView(table.buffer, 65536, 4 * 256);
    let next = at;
    lists.forEach((list, g) => {
        offsets.setUint32(4 * g, next, true);
        table.set(list, next);
        next += list.length;
    });
    return table;
}
/** Whether a debug message at `buf[msg..end)` starts with a signal or (when wanted) an attribution fact. */
function debugMessageMayCarry(buf, msg, end, attribution) {
    if (end - msg < 2)
        return false;
    const g = GROUP_OF[(buf[msg] << 8) | buf[msg + 1]];
    if (g === 0)
        return false;
    const group = GROUPS[g];
    for (let i = 0; i < group.length; i++) {
        const { start, what } = group[i];
        if (!startsWithAt(buf, msg, end, start))
            continue;
        // `callWasmFunction: guard=` is a signal only as the refusal after a trap, and never an attribution fact.
        if (what === REFUSAL)
            return isRefusal(buf, msg, end);
        if (what === SIGNAL || attribution)
            return true;
    }
    return false;
}
/**
 * Whether a record whose prefix is `p` may carry a signal, read on the bytes: RPC previews other than `tools/call`
 * requests and failed responses, most debug records and backend stderr cannot. `attribution`: the attribution
 * facts are wanted (their debug records are then kept too).
 */
function mayCarrySignal(buf, p, end, attribution) {
    if (p.level === LEVEL_DEBUG) {
        if (isCategory(buf, p, CAT_RPC))
            return isToolCallRequest(buf, p.msg, end) || isErrorResponse(buf, p.msg, end);
        // Either namespace, as classifyDebug() reads them (the gateway writes the reason under server:unified).
        if ((isCategory(buf, p, CAT_GUARD_WASM) || isCategory(buf, p, CAT_SERVER_UNIFIED)) &&
            isGuardLookupDebug(buf, p.msg, end))
            return true;
        // Most debug records end here, after one table look-up by the message's first two bytes.
        return debugMessageMayCarry(buf, p.msg, end, attribution);
    }
    if (p.level === LEVEL_INFO && isCategory(buf, p, CAT_BACKEND) && buf[p.msg] === 0x5b) {
        // `[⟨server⟩] [stderr] …`: backend output re-logged, never a signal
        const close = indexOfByte(buf, 0x5d, p.msg, Math.min(end, p.msg + 128));
        return !(close > 0 && startsWithAt(buf, close, end, STDERR_TAG));
    }
    return true;
}
const CAT_DIFC = ascii('difc');
const DIFC_FILTERED = ascii('[DIFC-FILTERED]');
/** The bytes of splitServer()'s `[⟨serverID⟩] ` prefix: `[A-Za-z0-9_.:-]`. */
const PREFIX_ID = new Uint8Array(256);
for (const c of ascii('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:-'))
    PREFIX_ID[c] = 1;
/** countedInJsonl(): not such a record. */
const NOT_COUNTED = -1;
/** countedInJsonl(): such a record, with no `[⟨serverID⟩] ` prefix. */
const COUNTED = 0;
/**
 * The records whose only facts are the ones a run's rpc-messages.jsonl counts when there is one (FORMATS.md global
 * rule 5): debug `rpc` previews (backend tool calls and their failures) and INFO `[difc]` `[DIFC-FILTERED]` items.
 * NOT_COUNTED for any other record; COUNTED for one of them; for a `[DIFC-FILTERED]` item after a `[⟨serverID⟩] `
 * prefix, the offset of the prefix's `]` (the server is an attribution fact, see AttributionLines.knownPrefixServer).
 * Classified, such a record yields DifcFiltered, BackendToolCall or BackendCallFailed, or nothing at all.
 */
function countedInJsonl(buf, p, end) {
    if (p.level === LEVEL_DEBUG)
        return isCategory(buf, p, CAT_RPC) ? COUNTED : NOT_COUNTED;
    if (p.level !== LEVEL_INFO || !isCategory(buf, p, CAT_DIFC) || buf[p.msg] !== 0x5b)
        return NOT_COUNTED;
    if (startsWithAt(buf, p.msg, end, DIFC_FILTERED))
        return COUNTED;
    let i = p.msg + 1;
    while (i < end && PREFIX_ID[buf[i]] === 1)
        i++;
    return i > p.msg + 1 &&
        buf[i] === 0x5d &&
        buf[i + 1] === 0x20 &&
        startsWithAt(buf, i + 2, end, DIFC_FILTERED)
        ? i
        : NOT_COUNTED;
}
const TOOLS_CALL = ascii('tools/call ');
/** `⟨server⟩→tools/call ` at the start of an RPC message, checked on the bytes (`→` is E2 86 92). */
function isToolCallRequest(buf, msg, end) {
    const limit = Math.min(end - 14, msg + 128);
    for (let i = msg; i < limit; i++) {
        const c = buf[i];
        if (c === 0x20)
            return false;
        if (c === 0xe2 && buf[i + 1] === 0x86 && buf[i + 2] === 0x92)
            return startsWithAt(buf, i + 3, end, TOOLS_CALL);
    }
    return false;
}
/** After `callWasmFunction: guard=`: the guard name, then ` is unavailable after a previous trap` (not `, func=`). */
function isRefusal(buf, msg, end) {
    const from = msg + WASM_CALL.length;
    const limit = Math.min(end, from + 128);
    for (let i = from; i < limit; i++) {
        const c = buf[i];
        if (c === 0x2c)
            return false;
        if (c === 0x20)
            return startsWithAt(buf, i, end, REFUSED);
    }
    return false;
}
const RESP_ERR = ascii('resp ');
/** `⟨server⟩←resp ⟨n⟩b err:` at the start of an RPC message (`←` is E2 86 90): a backend call that failed. */
function isErrorResponse(buf, msg, end) {
    const limit = Math.min(end - 8, msg + 128);
    for (let i = msg; i < limit; i++) {
        const c = buf[i];
        if (c === 0x20)
            return false;
        if (c === 0xe2 && buf[i + 1] === 0x86 && buf[i + 2] === 0x90) {
            let j = i + 3;
            if (!startsWithAt(buf, j, end, RESP_ERR))
                return false;
            j += RESP_ERR.length;
            while (j < end && buf[j] >= 0x30 && buf[j] <= 0x39)
                j++;
            return (buf[j] === 0x62 &&
                buf[j + 1] === 0x20 &&
                buf[j + 2] === 0x65 &&
                buf[j + 3] === 0x72 &&
                buf[j + 4] === 0x72);
        }
    }
    return false;
}
/**
 * `[guard:⟨name⟩] INFO: >>> call_backend: tool=` (or `returned`), `Backend call failed: `, `WASM guard calling backend:
 * tool=` or `get_collaborator_permission: `: the records guardLookupDebug() reads.
 */
function isGuardLookupDebug(buf, msg, end) {
    // By the first byte: most `guard:wasm` records are the guard's own `[guard:⟨name⟩] DEBUG: …` lines.
    const c = buf[msg];
    if (c === 0x42)
        return startsWithAt(buf, msg, end, CALL_FAILED);
    if (c === 0x57)
        return startsWithAt(buf, msg, end, CALLING_BACKEND_TOOL);
    if (c === 0x67)
        return startsWithAt(buf, msg, end, PERMISSION_LOOKUP);
    if (c !== 0x5b || !startsWithAt(buf, msg, end, GUARD_TAG))
        return false;
    const close = indexOfByte(buf, 0x5d, msg + GUARD_TAG.length, Math.min(end, msg + 72));
    return (close > 0 &&
        buf[close + 2] === 0x49 &&
        (startsWithAt(buf, close, end, CALL_BACKEND_TOOL) || startsWithAt(buf, close, end, CALL_BACKEND_RETURNED)));
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/framing.ts







const RECORD_START = /^\[(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z)\] \[(INFO|WARN|ERROR|DEBUG)\] \[([^\]]*)\] (.*)$/s;
/** recordPrefix()'s level index to the level's name. */
const LEVEL_NAMES = ['INFO', 'WARN', 'ERROR', 'DEBUG'];
/** Continuation lines kept per record (a trap's stack trace needs only the first frames). */
const MAX_CONTINUATION = 40;
class GatewayRecordParser {
    scanMode;
    scanTable = SCAN_STARTS;
    head = null;
    cont = [];
    /** The open record carries no signal: its continuation lines are skipped undecoded. */
    skipping = false;
    prefix = { level: 0, catStart: 0, catEnd: 0, msg: 0 };
    state;
    /** The run's rpc-messages.jsonl counts filtered items and backend calls: their records here are skipped. */
    jsonlCounts;
    constructor(ctx) {
        this.state = new GatewayState(ctx);
        this.jsonlCounts = ctx.countedInJsonl === true && ctx.kind === 'gateway';
        this.scanMode = SCAN_GATEWAY | (this.jsonlCounts ? SCAN_JSONL : 0);
    }
    /** Feeds one decoded line: a record start opens a record; any other line continues the open one (else it is stray). */
    line(text, lineNo) {
        // Cheap check before the regex: every record starts with `[2` (a timestamp).
        const m = text.charCodeAt(0) === 0x5b && text.charCodeAt(1) >= 0x30 && text.charCodeAt(1) <= 0x39
            ? RECORD_START.exec(text)
            : null;
        if (m) {
            this.flush();
            this.head = { line: lineNo, level: m[2], category: m[3], message: m[4], raw: text };
            return;
        }
        if (this.head && this.cont.length < MAX_CONTINUATION)
            this.cont.push(text);
    }
    /**
     * Feeds one line as bytes. The record prefix is read from the first bytes; records that cannot carry a signal
     * (RPC previews other than `tools/call` requests, most debug lines, backend stderr) or that only repeat an
     * attribution fact already told are skipped without decoding, and so are their continuation lines, and so are the
     * records of the facts the run's JSONL counts when it has one (countedInJsonl); the guard lookup's frequent debug
     * records are applied on their bytes (guardLookupBytes). Everything else goes through `line()`.
     */
    lineBytes(buf, start, end, lineNo) {
        const p = this.prefix;
        if (recordPrefix(buf, start, end, p)) {
            const attribution = this.state.attribution;
            if (!mayCarrySignal(buf, p, end, attribution !== null) ||
                attribution?.known(buf, p, end) ||
                (this.jsonlCounts && this.countedElsewhere(buf, p, end))) {
                this.flush();
                this.skipping = true;
                return;
            }
            // The guard lookup's frequent debug records change only the lookup in progress: applied on their bytes.
            this.flush();
            if (guardLookupBytes(this.state, buf, p, end)) {
                this.skipping = true;
                return;
            }
            this.skipping = false;
            this.open(buf, start, end, p, lineNo);
            return;
        }
        if (this.skipping || !this.head || this.cont.length >= MAX_CONTINUATION)
            return;
        this.line(buf.toString('utf8', start, end), lineNo);
    }
    end() {
        this.flush();
    }
    /**
     * No record open: a line that is no record start, and a record start that cannot carry a signal (mayCarrySignal),
     * change nothing (the line scanner passes them over, util/line-scan.ts).
     */
    idle() {
        return this.head === null;
    }
    /** A record of a fact the JSONL counts (countedInJsonl) whose server prefix, if any, is no new attribution fact. */
    countedElsewhere(buf, p, end) {
        const c = countedInJsonl(buf, p, end);
        if (c < COUNTED)
            return false;
        const attribution = this.state.attribution;
        return c === COUNTED || attribution === null || attribution.knownPrefixServer(buf, p.msg + 1, c);
    }
    /**
     * Opens a record from its prefix as recordPrefix() read it: the head is cut from the decoded line at the prefix's
     * offsets (no regex, no match array). The offsets are byte offsets: they are character offsets too when the
     * category is ASCII (the timestamp and level always are); otherwise the line goes through RECORD_START. The record
     * before it was flushed by lineBytes().
     */
    open(buf, start, end, p, lineNo) {
        for (let i = p.catStart; i < p.catEnd; i++) {
            if (buf[i] >= 0x80) {
                this.line(buf.toString('utf8', start, end), lineNo);
                return;
            }
        }
        const text = buf.toString('utf8', start, end);
        this.head = {
            line: lineNo,
            level: LEVEL_NAMES[p.level],
            category: text.slice(p.catStart - start, p.catEnd - start),
            message: text.slice(p.msg - start),
            raw: text,
        };
    }
    flush() {
        const h = this.head;
        if (!h)
            return;
        this.head = null;
        const cont = this.cont;
        this.cont = [];
        try {
            classifyRecord(this.state, h, cont);
        }
        catch {
            // A record we cannot classify is data, never a crash.
        }
    }
}
async function parseGatewayLog(stream, ctx) {
    const parser = new GatewayRecordParser(ctx);
    const stats = await forEachLineBytes(stream, parser);
    parser.end();
    return stats;
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log/index.ts
// The gateway log parser, split along its concerns: framing.ts (records from lines), prefilter.ts (which records
// are decoded at all), classify.ts and classify-*.ts (per category, with their tables), state.ts (what they share).




;// CONCATENATED MODULE: ./src/parsers/gateway-log.ts
// `mcp-gateway.log`, `proxy.log` and `⟨serverID⟩.log` (FORMATS.md §3, §7): see gateway-log/ (framing, prefilter,
// per-category classifiers). This module keeps the import path the other parsers, the engine and the tests use.


;// CONCATENATED MODULE: ./src/parsers/stderr-log.ts





// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const CONFIGURED_HTTP_SERVER_START = /^\[CONFIG\] Configured HTTP MCP server: /;
const GUARD_RESPONSE_LABELING_FAILED = /^\[DIFC\] (Guard|Response) labeling failed: (.*)$/s;
const stderr_log_REGISTERED_GUARD_FOR_SERVER = /^\[DIFC\] Registered guard '([^']*)' for server '([^']*)'/;
const DIFC_ENFORCEMENT_DISABLED = /^DIFC enforcement disabled/;
const stderr_log_STRICT_MODE_BLOCKING_ENTIRE = /^\[DIFC\] STRICT MODE: Blocking entire response - (\d+)\/(\d+) items/;
const HTTP_PANIC_SERVING = /^http: panic serving (\S+): (.*)$/s;
const FAILED_TO_CONNECT_TO = /^\[LAUNCHER\] ❌ FAILED to connect to server '([^']*)'/;
const FAILED_TO_CREATE_HTTP = /^FAILED to create HTTP connection for server "([^"]*)"/;
const FAILED_TO_CREATE_HTTP_ANY = /^FAILED to create HTTP connection for server /;
const stderr_log_ENVIRONMENT_VALIDATION_FAILED = /^environment validation failed: /i;
const CONFIGURED_HTTP_SERVER = /^\[CONFIG\] Configured HTTP MCP server: ([A-Za-z0-9][A-Za-z0-9_.-]*) -> /;
const FAILED_TO_LOAD_CONFIG = /^(failed to load config|failed to create unified server): /;
const STD_LOG = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} (.*)$/s;
const ENTRYPOINT = /^\[(INFO|WARN|ERROR)\] /;
const DEBUG_ECHO = /^[a-z][\w.-]*:[\w.:-]+ .* \+[\d.]+(ns|µs|ms|s|m|h)$/;
const PANIC = /^panic: (.*)$/;
const GOROUTINE = /^goroutine \d+ \[/;
/** The fatal exit text (`log.Fatalf`, with or without the std-log date). */
const EXIT = /^(failed to load config|failed to create unified server|environment validation failed): /i;
/**
 * JSONL writer health (since 2026-08-12, §6.2): `WARNING: JSONL logEntry called but logger not initialized, dropping
 * entry`, `WARNING: Failed to encode JSONL entry: %v`, `WARNING: Failed to sync JSONL log file: %v`. Each means
 * rpc-messages.jsonl is incomplete. (`Warning: Failed to initialize JSONL logger` means there is no file at all.)
 */
const JSONL_WARNING = /^WARNING: .*\bJSONL\b/;
/** `[CONFIG] ` (the config lines that name servers), `WARNING: ` (JSONL writer health), `panic: `. */
const CONFIG_START = Buffer.from('[CONFIG] ');
const WARNING_START = Buffer.from('WARNING: ');
const PANIC_START = Buffer.from('panic: ');
/**
 * Whether a line can open something (a std-log record, a panic, the exit text, a JSONL warning, a config line, or a
 * gateway record in the fallback): decided on its first bytes. A line that cannot changes nothing while no record is
 * open (it would close none and continue none), so it is skipped undecoded: the debug echoes that repeat
 * mcp-gateway.log, most of the file since 2026-04-10, cost a scan. Every line that can, and every line while a record
 * is open, takes the full path below: the lines of eras in which stderr.log is the only place a signal appears (the
 * std-log `[DIFC] …` decisions before 2026-04-10) start with the std-log date and are all read.
 */
function mayOpen(buf, start, end, gatewayFallback) {
    if (start >= end)
        return false;
    const c = buf[start];
    if (c >= 0x30 && c <= 0x39)
        return true; // `2026/04/09 10:00:00 …` (STD_LOG)
    switch (c | 0x20) {
        case 0x66: // f: `failed to load config: `, `failed to create unified server: ` (any case)
        case 0x65: // e: `environment validation failed: `
            return end - start >= 7;
    }
    if (c === 0x70)
        return startsWithAt(buf, start, end, PANIC_START);
    if (c === 0x57)
        return startsWithAt(buf, start, end, WARNING_START);
    if (c === 0x5b) {
        const d = buf[start + 1];
        return startsWithAt(buf, start, end, CONFIG_START) || (gatewayFallback && d >= 0x30 && d <= 0x39);
    }
    return false;
}
/** One stderr.log: a sink of lines (a class, so that its optimized code outlives the file, see LineSink). */
class StderrParser {
    file;
    emit;
    options;
    gateway;
    scanMode;
    pending = null;
    inGatewayRecord = false;
    constructor(file, emit, options) {
        this.file = file;
        this.emit = emit;
        this.options = options;
        this.gateway = options.gatewayFallback
            ? new GatewayRecordParser({ file, kind: 'gateway', emit, hint: options.hint })
            : null;
        this.scanMode = SCAN_STDERR | (this.gateway ? SCAN_FALLBACK : 0);
    }
    /** No record open: a line that cannot open one (mayOpen) changes nothing (the line scanner passes it over). */
    idle() {
        return this.pending === null && !this.inGatewayRecord;
    }
    lineBytes(buf, start, end, n) {
        if (this.pending === null && !this.inGatewayRecord && !mayOpen(buf, start, end, this.gateway !== null))
            return;
        this.line(buf.toString('utf8', start, end), n);
    }
    line(line, n) {
        if (this.gateway && RECORD_START.test(line)) {
            this.flush();
            this.inGatewayRecord = true;
            this.gateway.line(line, n);
            return;
        }
        let m;
        if ((m = STD_LOG.exec(line))) {
            this.flush();
            this.inGatewayRecord = false;
            this.pending = { line: n, raw: line, body: m[1], cont: [] };
        }
        else if (PANIC.test(line)) {
            this.flush();
            this.inGatewayRecord = false;
            this.pending = { line: n, raw: line, body: line, cont: [] };
        }
        else if (EXIT.test(line) || JSONL_WARNING.test(line) || CONFIGURED_HTTP_SERVER_START.test(line)) {
            this.flush();
            this.inGatewayRecord = false;
            this.pending = { line: n, raw: line, body: line, cont: [] };
        }
        else if (ENTRYPOINT.test(line) || DEBUG_ECHO.test(line) || GOROUTINE.test(line)) {
            this.flush();
            this.inGatewayRecord = false;
        }
        else if (this.inGatewayRecord && this.gateway) {
            this.gateway.line(line, n);
        }
        else {
            const p = this.pending;
            if (p && p.cont.length < 40)
                p.cont.push(line);
        }
    }
    end() {
        this.flush();
        this.gateway?.end();
    }
    flush() {
        if (this.pending)
            this.classify(this.pending);
        this.pending = null;
    }
    classify(p) {
        const { file, emit, options } = this;
        const L = () => loc(file, p.line, p.raw);
        let m;
        const body = p.body;
        if ((m = GUARD_RESPONSE_LABELING_FAILED.exec(body))) {
            const wasm = parseWasmError(m[2], p.cont);
            const trap = afterTrapGuard(m[2]);
            emit({
                type: 'LabelingFailure',
                kind: m[1] === 'Guard' ? 'guard' : 'response',
                guard: trap ?? wasm?.module ?? null,
                server: null,
                message: m[2],
                wasm,
                afterTrap: trap !== null,
                source: 'stderr',
                loc: L(),
            });
        }
        else if ((m = stderr_log_REGISTERED_GUARD_FOR_SERVER.exec(body))) {
            emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: true, loc: L() });
        }
        else if (DIFC_ENFORCEMENT_DISABLED.test(body)) {
            emit({ type: 'EnforcementDisabled', legacy: true, loc: L() });
        }
        else if ((m = stderr_log_STRICT_MODE_BLOCKING_ENTIRE.exec(body))) {
            const c = partOf(m[1], m[2]);
            if (c)
                emit({ type: 'StrictBlock', filtered: c.part, total: c.whole, loc: L() });
        }
        else if ((m = HTTP_PANIC_SERVING.exec(body))) {
            emit({
                type: 'GatewayError',
                template: 'Go panic (http handler)',
                message: `http: panic serving: ${m[2]}`,
                loc: L(),
            });
        }
        else if ((m = PANIC.exec(body))) {
            emit({ type: 'GatewayError', template: 'Go panic (fatal)', message: `panic: ${m[1]}`, loc: L() });
        }
        else if ((m = FAILED_TO_CONNECT_TO.exec(body))) {
            emit({
                type: 'GatewayError',
                template: 'Launcher failed to connect to server',
                message: body,
                server: m[1],
                loc: L(),
            });
        }
        else if ((m = FAILED_TO_CREATE_HTTP.exec(body))) {
            // Also one per late-registration retry of a routed HTTP backend (since 2026-08-07).
            emit({
                type: 'GatewayError',
                template: 'Failed to create HTTP connection',
                message: body,
                server: m[1],
                loc: L(),
            });
        }
        else if (FAILED_TO_CREATE_HTTP_ANY.test(body)) {
            emit({ type: 'GatewayError', template: 'Failed to create HTTP connection', message: body, loc: L() });
        }
        else if (stderr_log_ENVIRONMENT_VALIDATION_FAILED.test(body)) {
            // Since 2026-07-29 in gh-aw runs: the same failure as the log's `Environment validation failed` record (one
            // fact: collect keeps this copy only when no log has it).
            emit({
                type: 'GatewayError',
                template: 'Environment validation failed',
                message: environmentFailure(body.replace(/^environment/, 'Environment'), p.cont),
                loc: L(),
            });
        }
        else if ((m = CONFIGURED_HTTP_SERVER.exec(body))) {
            options.hint?.({ type: 'ServerNamed', server: m[1], complete: false, source: 'config', loc: L() });
        }
        else if ((m = FAILED_TO_LOAD_CONFIG.exec(body))) {
            emit({ type: 'GatewayError', template: `Gateway exited: ${m[1]}`, message: body, loc: L() });
        }
        else if (JSONL_WARNING.test(body)) {
            emit({ type: 'JsonlWriterWarning', message: body, loc: L() });
        }
    }
}
async function parseStderrLog(stream, file, emit, options = { gatewayFallback: false }) {
    const parser = new StderrParser(file, emit, options);
    await forEachLineBytes(stream, parser);
    parser.end();
}

;// CONCATENATED MODULE: ./src/parsers/gateway-parsers.ts


/** `mcp-logs/github.log` → `github`. */
function serverIdOf(path) {
    return path.slice(path.lastIndexOf('/') + 1).replace(/\.log$/, '');
}
function gatewayText(name, kind, suffixes) {
    return {
        name,
        suffixes,
        lineBased: true,
        notes: [],
        parse: (stream, ctx, sink) => parseGatewayLog(stream, {
            file: ctx.file,
            kind,
            serverId: kind === 'server' ? serverIdOf(ctx.file) : undefined,
            emit: (e) => sink.event(e),
            hint: sink.hint && ((e) => sink.hint(e)),
            countedInJsonl: ctx.countedInJsonl,
        }),
    };
}
const gatewayLogParser = gatewayText('gateway-log', 'gateway', [
    'mcp-logs/mcp-gateway.log',
    'mcp-logs/gateway.log',
]);
/** `⟨serverID⟩.log` beside the gateway log (`*` is the server id). */
const serverLogParser = gatewayText('server-log', 'server', ['mcp-logs/*.log']);
const proxyLogParser = gatewayText('proxy-log', 'proxy', [
    'mcp-logs/proxy.log',
    'proxy-logs/proxy.log',
]);
const stderrLogParser = {
    name: 'stderr-log',
    suffixes: ['mcp-logs/stderr.log'],
    lineBased: true,
    notes: [],
    parse: (stream, ctx, sink) => parseStderrLog(stream, ctx.file, (e) => sink.event(e), {
        gatewayFallback: ctx.gatewayFallback,
        hint: sink.hint && ((e) => sink.hint(e)),
    }),
};

;// CONCATENATED MODULE: ./src/parsers/parser.ts
/** A parse context for a file with no firewall peers and no gateway fallback (tests, single-format tools). */
function contextFor(file, over = {}) {
    return { file, peers: new Set(), gatewayFallback: false, ...over };
}
/** The note of a file that is there but cannot be used (invalid JSON, too large, not the expected shape). */
const UNUSABLE_NOTE = 'unreadable: ⟨error⟩';
function unusable(ctx, sink) {
    return (error) => {
        if (error)
            sink.note({ file: ctx.file, reason: `unreadable: ${error}`, partial: false });
    };
}
/** A count of lines skipped, said in the report (never skipped in silence). */
function skipped(ctx, sink, n, what) {
    if (n > 0)
        sink.note({ file: ctx.file, reason: `${n} ${what} skipped`, partial: false });
}

;// CONCATENATED MODULE: ./src/parsers/rpc-jsonl.ts





// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const INTERESTING = /difc_filtered|DIFC_FILTERED|unrecognized_endpoint_passthrough|tools\/call/;
/** The `event` values of rpc-messages.jsonl (§4.1). `gateway.jsonl` uses `event` for other things (§4.6). */
const EVENTS = new Set([
    'rpc_request',
    'rpc_response',
    'difc_filtered',
    'unrecognized_endpoint_passthrough',
    'rpc_unknown',
]);
/**
 * The record kind: `event` when it is one of the rpc-messages kinds, else the legacy `type` mapped to the v2 name
 * (`gateway.jsonl` records carry both, e.g. `"type":"DIFC_FILTERED","event":"tool_call"`).
 */
function recordKind(r) {
    if (typeof r.event === 'string' && (EVENTS.has(r.event) || r.type === undefined))
        return r.event;
    switch (r.type) {
        case 'REQUEST':
            return 'rpc_request';
        case 'RESPONSE':
            return 'rpc_response';
        case 'DIFC_FILTERED':
            return 'difc_filtered';
        default:
            return null;
    }
}
/**
 * Writer order puts `timestamp` then `event`/`type` first (§4.1). When a line starts that way, its kind is read
 * from the first bytes: backend responses, the bulk of the file, are skipped without decoding. A line in any
 * other order takes the full path.
 */
const TS_KEY = ascii('{"timestamp":"');
const RESPONSE_KINDS = [ascii('","event":"rpc_response"'), ascii('","type":"RESPONSE"')];
function isBackendResponse(buf, start, end) {
    if (!startsWithAt(buf, start, end, TS_KEY))
        return false;
    const close = indexOfByte(buf, 0x22, start + TS_KEY.length, Math.min(end, start + TS_KEY.length + 40));
    return close > 0 && buf[close - 1] !== 0x5c && RESPONSE_KINDS.some((k) => startsWithAt(buf, close, end, k));
}
/**
 * Whether a response line has a top-level `"error":"…"` before its payload (writer order: `…,"server_id":"x",
 * "error":"…","payload":…`). Inside the payload every quote of a string is escaped, so only a key can match; the
 * record is parsed before it counts.
 */
const ERROR_KEY = ascii(',"error":"');
const PAYLOAD_KEY = ascii(',"payload":');
function hasErrorKey(buf, start, end) {
    const limit = Math.min(end, start + 400) - ERROR_KEY.length;
    for (let i = start; i < limit; i++) {
        if (buf[i] !== 0x2c)
            continue;
        if (startsWithAt(buf, i, end, ERROR_KEY))
            return true;
        if (startsWithAt(buf, i, end, PAYLOAD_KEY))
            return false;
    }
    return false;
}
function rpc_jsonl_isSpace(b) {
    return b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a;
}
/** A `tools/call` request in writer order: the server id is read from the first bytes, no JSON.parse needed. */
const TOOLS_CALL_REQUEST = /^\{"timestamp":"[^"\\]*","(?:event":"rpc_request","_schema":"rpc-message\/v2"|type":"REQUEST"),"direction":"OUT","server_id":"([^"\\]*)","method":"tools\/call"[,}]/;
const REQUEST_PEEK = 240;
async function parseRpcJsonl(stream, file, emit) {
    const parser = new RpcJsonlParser(file, emit);
    await forEachLineBytes(stream, parser);
    return parser.stats;
}
/** One file's records, a line at a time (a class, not a closure: see LineSink). */
class RpcJsonlParser {
    file;
    emit;
    stats = { lines: 0, invalid: 0, records: 0 };
    excerpts = new ExcerptBudget();
    names = new Interner();
    constructor(file, emit) {
        this.file = file;
        this.emit = emit;
    }
    lineBytes(buf, start, end, n) {
        const { stats, file, emit } = this;
        stats.lines++;
        // Blank lines are no records; a line that is not `{…}` (a last line cut by a killed writer, stray text) is an
        // invalid one, counted without decoding it. Only the records read below are parsed in full.
        let first = start;
        let last = end - 1;
        while (first <= last && rpc_jsonl_isSpace(buf[first]))
            first++;
        while (last >= first && rpc_jsonl_isSpace(buf[last]))
            last--;
        if (first > last)
            return;
        if (buf[first] !== 0x7b || buf[last] !== 0x7d) {
            stats.invalid++;
            return;
        }
        if (isBackendResponse(buf, start, end)) {
            // A response is read only when it carries the gateway's `error` (a call that failed in its client).
            if (hasErrorKey(buf, start, end))
                this.record(buf.toString('utf8', start, end), n);
            return;
        }
        const fast = TOOLS_CALL_REQUEST.exec(buf.toString('latin1', start, Math.min(end, start + REQUEST_PEEK)));
        if (fast && PRINTABLE_ASCII.test(fast[1])) {
            stats.records++;
            const where = this.excerpts.loc('call', file, n, () => buf.toString('utf8', start, Math.min(end, start + 600)));
            emit({
                type: 'BackendToolCall',
                server: this.names.get(fast[1] || 'unknown'),
                source: 'jsonl',
                loc: where,
            });
            return;
        }
        const line = buf.toString('utf8', start, end);
        if (INTERESTING.test(line))
            this.record(line, n);
    }
    record(line, n) {
        const { stats, file, emit } = this;
        // Only objects are records: anything else is invalid without the cost of a JSON.parse exception.
        if (line.trimStart()[0] !== '{') {
            stats.invalid++;
            return;
        }
        let r;
        try {
            r = JSON.parse(line);
        }
        catch {
            stats.invalid++;
            return;
        }
        if (!isRecord(r)) {
            stats.invalid++;
            return;
        }
        stats.records++;
        const kind = recordKind(r);
        if (kind === 'rpc_response') {
            if (typeof r.error === 'string' && r.error !== '')
                emit({
                    type: 'BackendCallFailed',
                    server: this.names.get(str(r.server_id) || 'unknown'),
                    error: r.error.trim().slice(0, 300),
                    source: 'jsonl',
                    loc: this.excerpts.loc('failed', file, n, line),
                });
        }
        else if (kind === 'difc_filtered') {
            emit({
                type: 'DifcFiltered',
                server: str(r.server_id) || 'unknown',
                tool: canonicalTool(str(r.tool_name)),
                description: str(r.description),
                reason: str(r.reason),
                integrityTags: stringArrayOrNull(r.integrity_tags),
                secrecyTags: stringArrayOrNull(r.secrecy_tags),
                source: 'jsonl',
                loc: loc(file, n, line),
            });
        }
        else if (kind === 'rpc_request' && r.method === 'tools/call' && r.direction !== 'IN') {
            emit({
                type: 'BackendToolCall',
                server: str(r.server_id) || 'unknown',
                source: 'jsonl',
                loc: this.excerpts.loc('call', file, n, line),
            });
        }
        else if (kind === 'unrecognized_endpoint_passthrough') {
            emit({
                type: 'UnrecognizedEndpoint',
                method: str(r.method),
                path: str(r.path),
                source: 'jsonl',
                loc: loc(file, n, line),
            });
        }
    }
}
const rpcJsonlParser = {
    name: 'rpc-jsonl',
    suffixes: [
        'mcp-logs/rpc-messages.jsonl',
        'proxy-logs/proxy-rpc.jsonl',
        'mcp-logs/gateway.jsonl',
        'mcp-logs/mcp-gateway.jsonl',
        'gateway.jsonl',
    ],
    lineBased: true,
    notes: ['⟨n⟩ invalid JSON line(s) skipped'],
    async parse(stream, ctx, sink) {
        const stats = await parseRpcJsonl(stream, ctx.file, (e) => sink.event(e));
        skipped(ctx, sink, stats.invalid, 'invalid JSON line(s)');
        return stats;
    },
};

;// CONCATENATED MODULE: ./src/parsers/gateway-md.ts



// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const gateway_md_MCPG_GATEWAY_VERSION = /^MCPG Gateway version: (\S+)/;
const VALIDATION_FAILED = /^(Configuration|Environment) validation failed/;
const BACKEND_FAILURE = /^(MCP backend connection failed|MCP backend command not found|MCP backend connection\/protocol error)/;
const gateway_md_AUTH_REJECTED = /^(?:Request rejected|Authentication failed): (.*), remote=(\S*), path=(\S*)\s*$/;
const gateway_md_UNRECOGNIZED_ENDPOINT = /^\[UNRECOGNIZED-ENDPOINT\] (\{.*)$/;
const BULLET = /^- (✓|⚠️|✗|🔍|•) \*\*([^*]+)\*\*(?: (.*))?$/u;
/** The RPC bullet of a request to a backend (§5, §7.4): `- 🔍 rpc **⟨server⟩**→`tools/call` `⟨tool⟩``. */
const gateway_md_RPC_TOOLS_CALL = /^- 🔍 rpc \*\*([A-Za-z0-9][A-Za-z0-9_.-]*)\*\*→`tools\/call`/u;
const SERVER_LIST = /^(?:Loaded \d+ MCP server\(s\):|Routes: \/mcp\/<server> (?:for servers:|where <server> is one of:)) \[([^\]]*)\]/;
/** Fences are indented by two spaces (technical messages, RPC payloads); the closing one is exactly this. */
const FENCE_OPEN = /^ {2}```/;
const FENCE_CLOSE = '  ```';
async function parseGatewayMd(stream, file, emit, 
/** Receives the attribution facts (RPC `tools/call` bullets, server lists); not read without it. */
hint) {
    await forEachLineBytes(stream, new GatewayMdParser(file, emit, hint));
}
/** `- 🔍 rpc **` (🔍 is F0 9F 94 8D): an RPC bullet. */
const RPC_BULLET = ascii('- \xf0\x9f\x94\x8d rpc **');
/** `**←` (← is E2 86 90) after the server: a response or notification from the backend, never a bullet we read. */
const FROM_BACKEND = ascii('**\xe2\x86\x90');
/**
 * One file's bullets, a line at a time (a class, not a closure: see LineSink). `line()` reads a decoded line;
 * `lineBytes()` first skips, undecoded, the lines that `line()` would pass over without a change: RPC payloads
 * inside fences and the backend's RPC bullets, most of the file's bytes.
 */
class GatewayMdParser {
    file;
    emit;
    hint;
    pending = null;
    inFence = false;
    constructor(file, emit, hint) {
        this.file = file;
        this.emit = emit;
        this.hint = hint;
    }
    lineBytes(buf, start, end, lineNo) {
        if (this.pending === null && this.passesOver(buf, start, end))
            return;
        this.line(buf.toString('utf8', start, end), lineNo);
    }
    /**
     * Whether `line()` would do nothing with this line while no technical bullet waits for its message: inside a fence,
     * a line that cannot be the closing fence (NUL bytes are removed before the comparison, so a line holding one is
     * decoded); outside, an RPC bullet from the backend (`- 🔍 rpc **⟨server⟩**←…`), which no pattern reads.
     */
    passesOver(buf, start, end) {
        const n = end - start;
        if (this.inFence)
            return n < FENCE_CLOSE.length || (n > FENCE_CLOSE.length && indexOfByte(buf, 0, start, end) === -1);
        if (!startsWithAt(buf, start, end, RPC_BULLET))
            return false;
        let i = start + RPC_BULLET.length;
        while (i < end && isIdByte(buf[i]))
            i++;
        return startsWithAt(buf, i, end, FROM_BACKEND);
    }
    /** Reads one decoded line. */
    line(rawLine, n) {
        const line = rawLine.replace(/\x00/g, '');
        if (this.inFence) {
            // Fenced text is data. Only the first line of a technical bullet's block is its message; the lines after it
            // (unindented, e.g. an `MCP backend stderr output:` body) and RPC payloads are never bullets.
            if (line === FENCE_CLOSE) {
                this.inFence = false;
                this.pending = null;
            }
            else if (this.pending && line.trim() !== '') {
                const p = this.pending;
                this.pending = null;
                this.classify(p.emoji, p.cat, line.trim(), n, line.trim());
            }
            return;
        }
        if (FENCE_OPEN.test(line)) {
            this.inFence = true;
            return;
        }
        const rpc = gateway_md_RPC_TOOLS_CALL.exec(line);
        if (rpc && this.hint) {
            this.pending = null;
            this.hint({
                type: 'BackendToolCall',
                server: rpc[1],
                source: 'markdown',
                loc: loc(this.file, n, line),
            });
            return;
        }
        const m = BULLET.exec(line);
        if (m) {
            this.pending = null;
            const [, emoji, cat, message] = m;
            if (message === undefined) {
                // technical form: the message follows in a fenced block
                this.pending = { cat, emoji, line: n, raw: line };
                return;
            }
            this.classify(emoji, cat, message, n, line);
            return;
        }
        if (this.pending) {
            const t = line.trim();
            if (t === '```' || t === '')
                return;
            const p = this.pending;
            this.pending = null;
            this.classify(p.emoji, p.cat, t, n, t);
        }
    }
    classify(emoji, cat, message, n, raw) {
        const { file, emit, hint } = this;
        const L = () => loc(file, n, raw);
        let m;
        if (cat === 'startup' && (m = gateway_md_MCPG_GATEWAY_VERSION.exec(message))) {
            emit({ type: 'GatewayVersion', version: m[1], loc: L() });
        }
        else if (cat === 'startup' && emoji === '✓' && (m = SERVER_LIST.exec(message))) {
            for (const server of m[1]
                .trim()
                .split(/\s+/)
                .filter((s) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(s)))
                hint?.({ type: 'ServerNamed', server, complete: true, source: 'markdown', loc: L() });
        }
        else if (emoji !== '✗' && !(emoji === '⚠️' && cat === 'proxy')) {
            return;
        }
        else if (cat === 'startup' && VALIDATION_FAILED.test(message)) {
            emit({
                type: 'GatewayError',
                template: message.startsWith('C')
                    ? 'Configuration validation failed'
                    : 'Environment validation failed',
                message,
                loc: L(),
            });
        }
        else if (cat === 'backend' && (m = BACKEND_FAILURE.exec(message))) {
            emit({ type: 'GatewayError', template: m[1], message, loc: L() });
        }
        else if (cat === 'auth' && (m = gateway_md_AUTH_REJECTED.exec(message))) {
            emit({ type: 'AuthRejected', reason: m[1], path: m[3], shutdownNoise: m[3] === '/close', loc: L() });
        }
        else if (cat === 'proxy' && (m = gateway_md_UNRECOGNIZED_ENDPOINT.exec(message))) {
            try {
                const v = JSON.parse(m[1]);
                if (isRecord(v))
                    emit({
                        type: 'UnrecognizedEndpoint',
                        method: str(v.method),
                        path: str(v.path),
                        source: 'markdown',
                        loc: L(),
                    });
            }
            catch {
                /* data */
            }
        }
    }
}
const gatewayMdParser = {
    name: 'gateway-md',
    suffixes: ['mcp-logs/gateway.md'],
    lineBased: true,
    notes: [],
    parse: (stream, ctx, sink) => parseGatewayMd(stream, ctx.file, (e) => sink.event(e), sink.hint && ((e) => sink.hint(e))),
};

;// CONCATENATED MODULE: ./src/parsers/firewall.ts
/** Blocked iff the result starts with TCP_DENIED or the status is 403/407; allowed iff 2xx/3xx or a tunnel/hit/miss. */
function classify(result, status) {
    if (result.startsWith('TCP_DENIED') || status === 403 || status === 407)
        return 'blocked';
    if ((status >= 200 && status < 400) || /^TCP_(TUNNEL|HIT|MISS)/.test(result))
        return 'allowed';
    return 'other';
}
/** `host:port` → host and port; handles `[v6]:port`. */
function splitHostPort(value) {
    const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
    if (v6)
        return { host: v6[1].toLowerCase(), port: v6[2] ?? null };
    const m = /^(.*?)(?::(\d+))?$/.exec(value);
    return { host: (m?.[1] ?? value).toLowerCase().replace(/\.$/, ''), port: m?.[2] ?? null };
}
/** The destination host of a request: the CONNECT target, else the Host header, else the URL's host. */
function destination(method, hostField, url) {
    if (method === 'CONNECT' && url && url !== '-')
        return splitHostPort(url);
    if (hostField && hostField !== '-')
        return splitHostPort(hostField);
    if (!url)
        return null;
    try {
        const u = new URL(url);
        return { host: u.hostname.toLowerCase(), port: u.port || null };
    }
    catch {
        return null;
    }
}
/** Internal AWF destinations (never reported): 172.30.0.0/24, topology peers, single-label hosts. */
function isInternalDestination(host, topologyPeers) {
    if (/^172\.30\.0\.\d{1,3}$/.test(host))
        return true;
    if (topologyPeers.has(host))
        return true;
    if (!host.includes('.') && !host.includes(':'))
        return true;
    return false;
}
class FirewallAccumulator {
    summary;
    constructor(source) {
        this.summary = { source, total: 0, blocked: 0, domains: new Map(), firstBlock: new Map() };
    }
    /** `where` is the line's location; only a blocked request's is kept (the first per host), so allowed ones need none. */
    add(host, port, decision, where, reason) {
        const s = this.summary;
        s.total = (s.total ?? 0) + 1;
        let d = s.domains.get(host);
        if (!d) {
            d = { host, blocked: 0, allowed: 0, ports: [], reasons: [] };
            s.domains.set(host, d);
        }
        if (decision === 'blocked') {
            s.blocked++;
            d.blocked++;
            if (port && !d.ports.includes(port) && d.ports.length < 10)
                d.ports.push(port);
            if (reason && !d.reasons.includes(reason) && d.reasons.length < 5)
                d.reasons.push(reason);
            if (where && !s.firstBlock.has(host))
                s.firstBlock.set(host, where);
        }
        else if (decision === 'allowed')
            d.allowed++;
    }
}

;// CONCATENATED MODULE: ./src/parsers/access-log.ts




const LINE = /^(\d+(?:\.\d+)?) (\S+):(\d+) (\S+) (\S+) (\S+) (\S+) (\d+) ([A-Z_]+):([A-Z_]+) (\S+) "([^"]*)"/;
async function parseAccessLog(stream, file, topologyPeers) {
    const parser = new AccessLogParser(file, topologyPeers);
    await forEachLineBytes(stream, parser);
    return { summary: parser.acc.summary, stats: parser.stats };
}
/** One file's entries, a line at a time (a class, not a closure: see LineSink). */
class AccessLogParser {
    file;
    topologyPeers;
    acc = new FirewallAccumulator('access.log');
    stats = { lines: 0, unparsed: 0 };
    constructor(file, topologyPeers) {
        this.file = file;
        this.topologyPeers = topologyPeers;
    }
    lineBytes(buf, start, end, n) {
        if (end === start || buf[start] === 0x23 /* # */)
            return;
        const line = buf.toString('utf8', start, end);
        this.stats.lines++;
        const m = LINE.exec(line);
        if (!m) {
            this.stats.unparsed++;
            return;
        }
        const [, , client, , hostField, , , method, statusText, result, , url] = m;
        const status = Number(statusText);
        // Squid-internal noise: `::1` client, no host and no method, `error:` URLs.
        if (client === '::1' ||
            client.startsWith('::1') ||
            (hostField === '-' && method === '-') ||
            url.startsWith('error:'))
            return;
        const dest = destination(method, hostField, url);
        if (!dest || dest.host === '' || dest.host === '-')
            return;
        if (isInternalDestination(dest.host, this.topologyPeers))
            return;
        const decision = classify(result, status);
        this.acc.add(dest.host, dest.port, decision, decision === 'blocked' ? loc(this.file, n, line) : null);
    }
}
const accessLogParser = {
    name: 'access-log',
    suffixes: [
        'sandbox/firewall/logs/access.log',
        'sandbox/firewall/logs/squid-logs/access.log',
        'logs/access.log',
        'access.log',
    ],
    lineBased: true,
    notes: ['⟨n⟩ unparsable line(s) skipped'],
    async parse(stream, ctx, sink) {
        const r = await parseAccessLog(stream, ctx.file, ctx.peers);
        skipped(ctx, sink, r.stats.unparsed, 'unparsable line(s)');
        return r.summary;
    },
};

;// CONCATENATED MODULE: ./src/parsers/audit-jsonl.ts




async function parseAuditJsonl(stream, file, topologyPeers) {
    const acc = new FirewallAccumulator('audit.jsonl');
    let invalid = 0;
    await forEachLine(stream, (line, n) => {
        if (line.trim() === '')
            return;
        // Only objects are records: anything else is invalid without the cost of a JSON.parse exception.
        if (line.trimStart()[0] !== '{')
            return (invalid++, undefined);
        let r;
        try {
            r = JSON.parse(line);
        }
        catch {
            invalid++; // Squid does not JSON-escape: skip unparsable lines
            return;
        }
        if (!isRecord(r))
            return (invalid++, undefined);
        if (typeof r._schema === 'string' && !r._schema.startsWith('audit/'))
            return;
        if (r.event !== undefined && r.event !== 'http_access')
            return;
        const client = str(r.client);
        const method = str(r.method);
        const url = str(r.url);
        if (client === '::1' || client.startsWith('::1') || url.startsWith('error:'))
            return;
        const dest = destination(method, str(r.host), url);
        if (!dest || dest.host === '' || dest.host === '-')
            return;
        if (isInternalDestination(dest.host, topologyPeers))
            return;
        const status = typeof r.status === 'number' ? r.status : Number(r.status) || 0;
        const decision = classify(str(r.decision), status);
        acc.add(dest.host, dest.port, decision, decision === 'blocked' ? loc(file, n, line) : null);
    });
    return { summary: acc.summary, invalid };
}
const auditJsonlParser = {
    name: 'audit-jsonl',
    suffixes: ['sandbox/firewall/logs/audit.jsonl', 'logs/audit.jsonl'],
    lineBased: true,
    notes: ['⟨n⟩ invalid JSON line(s) skipped'],
    async parse(stream, ctx, sink) {
        const r = await parseAuditJsonl(stream, ctx.file, ctx.peers);
        skipped(ctx, sink, r.invalid, 'invalid JSON line(s)');
        return r.summary;
    },
};

;// CONCATENATED MODULE: ./src/parsers/agent-stdio.ts



const ANSI = /\x1b\[[0-9;]*m/g;
const ITEM = /^\[WARN\] {3}- Blocked: (\S+) \((.*)\)$/;
const CODEX = /^\[WARN\] (\S+) is not in the allowed domains\. To allow access, add --allow-domains\s+(\S+) to your command\./;
async function parseAgentStdio(stream, file, topologyPeers) {
    const acc = new FirewallAccumulator('agent-stdio.log');
    let nonEmpty = false;
    let inSummary = false;
    let found = false;
    await forEachLine(stream, (raw, n) => {
        if (!nonEmpty && raw.trim() !== '')
            nonEmpty = true;
        if (!raw.includes('[WARN]')) {
            inSummary = false;
            return;
        }
        const line = raw.replace(ANSI, '');
        if (line === '[WARN] Firewall blocked domains:') {
            inSummary = true;
            return;
        }
        let m;
        if (inSummary && (m = ITEM.exec(line))) {
            const { host, port } = splitHostPort(m[1]);
            if (!isInternalDestination(host, topologyPeers)) {
                acc.add(host, port, 'blocked', loc(file, n, line), m[2]);
                found = true;
            }
            return;
        }
        inSummary = false;
        if ((m = CODEX.exec(line))) {
            for (const d of m[2].split(',')) {
                const { host, port } = splitHostPort(d.trim());
                if (host && !isInternalDestination(host, topologyPeers)) {
                    acc.add(host, port, 'blocked', loc(file, n, line), 'not in the allowed domains');
                    found = true;
                }
            }
        }
    });
    const summary = acc.summary;
    // The summary lists blocked domains only: the total number of requests is unknown.
    summary.total = null;
    return { nonEmpty, summary: found ? summary : null };
}
const agentStdioParser = {
    name: 'agent-stdio',
    suffixes: ['agent-stdio.log'],
    lineBased: true,
    notes: [],
    parse: (stream, ctx) => parseAgentStdio(stream, ctx.file, ctx.peers),
};

;// CONCATENATED MODULE: ./src/parsers/aw-info.ts


async function parseAwInfo(stream) {
    let error = null;
    const value = await readJsonObject(stream, 4 * 1024 * 1024, (e) => (error = e));
    if (!value)
        return { info: null, error };
    const runId = value.run_id;
    const s = (k) => (typeof value[k] === 'string' && value[k] !== '' ? value[k] : null);
    return {
        info: {
            raw: value,
            runId: typeof runId === 'number' && Number.isSafeInteger(runId) && runId >= 0
                ? String(runId)
                : typeof runId === 'string' && /^\d+$/.test(runId.trim())
                    ? runId.trim()
                    : null,
            workflowName: s('workflow_name'),
            repository: s('repository'),
            ref: s('ref'),
            eventName: s('event_name'),
            firewallVersion: s('awf_version') ?? s('firewall_version'),
        },
        error: null,
    };
}
const awInfoParser = {
    name: 'aw-info',
    suffixes: ['aw_info.json'],
    lineBased: false,
    notes: [UNUSABLE_NOTE],
    async parse(stream, ctx, sink) {
        const r = await parseAwInfo(stream);
        unusable(ctx, sink)(r.error);
        return r.info;
    },
};

;// CONCATENATED MODULE: ./src/parsers/tools-json.ts



async function parseToolsJson(stream) {
    const { value, error } = await readSmallJson(stream);
    if (error || !isRecord(value) || !isRecord(value.servers))
        return { tools: null, error };
    const tools = new Map();
    for (const [server, list] of Object.entries(value.servers)) {
        if (!Array.isArray(list))
            continue;
        const names = new Set();
        for (const t of list) {
            if (!isRecord(t) || typeof t.name !== 'string')
                continue;
            names.add(t.name);
            // Events name a feature-flag alias by its canonical tool (§8.5): the server serves that name too.
            names.add(canonicalTool(t.name));
        }
        tools.set(server, names);
    }
    return { tools, error: null };
}
const toolsJsonParser = {
    name: 'tools-json',
    suffixes: ['mcp-logs/tools.json'],
    lineBased: false,
    notes: [UNUSABLE_NOTE],
    async parse(stream, ctx, sink) {
        const r = await parseToolsJson(stream);
        unusable(ctx, sink)(r.error);
        return r.tools;
    },
};

;// CONCATENATED MODULE: ./src/parsers/activity-summary.ts


async function parseActivitySummary(stream) {
    const { value, error } = await readSmallJson(stream, 4 * 1024 * 1024);
    return { summary: isRecord(value) ? value : null, error };
}
const activitySummaryParser = {
    name: 'activity-summary',
    suffixes: ['activity/summary.json'],
    lineBased: false,
    notes: [UNUSABLE_NOTE],
    async parse(stream, ctx, sink) {
        const r = await parseActivitySummary(stream);
        unusable(ctx, sink)(r.error);
        return r.summary;
    },
};

;// CONCATENATED MODULE: ./src/parsers/policy-manifest.ts


/** `onError` hears why a file that is there could not be used (invalid JSON, too large, not an object). */
async function parsePolicyManifest(stream, onError) {
    const value = await readJsonObject(stream, 4 * 1024 * 1024, onError);
    const peers = new Set();
    if (value && Array.isArray(value.topologyPeers)) {
        for (const p of value.topologyPeers)
            if (typeof p === 'string')
                peers.add(p.toLowerCase());
    }
    return peers;
}
const policyManifestParser = {
    name: 'policy-manifest',
    suffixes: ['sandbox/firewall/audit/policy-manifest.json', 'audit/policy-manifest.json'],
    lineBased: false,
    notes: [UNUSABLE_NOTE],
    parse: (stream, ctx, sink) => parsePolicyManifest(stream, unusable(ctx, sink)),
};

;// CONCATENATED MODULE: ./src/parsers/run-folder-meta.ts


/** `onError` hears why a file that is there could not be used (invalid JSON, too large, not an object). */
async function parseRunJson(stream, onError) {
    const value = await readJsonObject(stream, 4 * 1024 * 1024, onError);
    if (!value)
        return {};
    const pick = (...keys) => {
        for (const k of keys)
            if (typeof value[k] === 'string' && value[k] !== '')
                return value[k];
        return null;
    };
    const out = {};
    const wf = pick('workflowName', 'workflow_name', 'name');
    if (wf)
        out.workflow = wf;
    const br = pick('headBranch', 'head_branch');
    if (br)
        out.branch = br;
    const url = pick('url', 'html_url', 'URL');
    if (url)
        out.url = url;
    const concl = pick('conclusion');
    if (concl)
        out.conclusion = concl;
    const ev = pick('event');
    if (ev)
        out.event = ev;
    const created = pick('createdAt', 'created_at');
    if (created)
        out.createdAt = created;
    return out;
}
/** `onError` hears why a file that is there could not be used (invalid JSON, too large, no job list). */
async function parseJobsJson(stream, onError) {
    const { value, error } = await readSmallJson(stream, 16 * 1024 * 1024);
    const list = Array.isArray(value)
        ? value
        : isRecord(value) && Array.isArray(value.jobs)
            ? value.jobs
            : null;
    const problem = error ?? (value === null || list ? null : 'no job list (an array, or an object with `jobs`)');
    if (problem)
        onError?.(problem);
    if (!list)
        return null;
    return list
        .filter(isRecord)
        .filter((j) => typeof j.name === 'string')
        .map((j) => {
        const job = {
            name: j.name,
            conclusion: typeof j.conclusion === 'string' ? j.conclusion : null,
            status: typeof j.status === 'string' ? j.status : null,
        };
        // The job's page: `html_url` in the Jobs API's answer (whose `url` is the API's), `url` in gh's.
        const url = typeof j.html_url === 'string' ? j.html_url : typeof j.url === 'string' ? j.url : null;
        if (url)
            job.url = url;
        return job;
    });
}
const runJsonParser = {
    name: 'run-json',
    suffixes: ['run.json'],
    lineBased: false,
    notes: [UNUSABLE_NOTE],
    parse: (stream, ctx, sink) => parseRunJson(stream, unusable(ctx, sink)),
};
const jobsJsonParser = {
    name: 'jobs-json',
    suffixes: ['jobs.json'],
    lineBased: false,
    notes: [UNUSABLE_NOTE],
    parse: (stream, ctx, sink) => parseJobsJson(stream, unusable(ctx, sink)),
};

;// CONCATENATED MODULE: ./src/parsers/download-manifest.ts


const KINDS = new Set(['expired', 'missing', 'refused', 'unreadable', 'not-zip', 'incomplete']);
const META_KEYS = [
    'workflow',
    'workflowPath',
    'branch',
    'event',
    'conclusion',
    'url',
    'createdAt',
    'repository',
];
function noteOf(v) {
    if (!isRecord(v) ||
        typeof v.file !== 'string' ||
        typeof v.reason !== 'string' ||
        typeof v.partial !== 'boolean')
        return null;
    const note = { file: v.file, reason: v.reason, partial: v.partial };
    if (typeof v.kind === 'string' && KINDS.has(v.kind))
        note.kind = v.kind;
    return note;
}
async function parseDownloadManifest(stream, onError, note) {
    const value = await readJsonObject(stream, 4 * 1024 * 1024, onError);
    if (!value)
        return null;
    if (value.integrityAudit !== 1 || !isRecord(value.meta)) {
        onError('not an integrity-audit download manifest (version 1)');
        return null;
    }
    for (const n of Array.isArray(value.notes) ? value.notes : []) {
        const parsed = noteOf(n);
        if (parsed)
            note(parsed);
    }
    const meta = {};
    for (const k of META_KEYS) {
        const v = value.meta[k];
        if (typeof v === 'string' && v !== '')
            meta[k] = v;
    }
    return {
        meta,
        repositoryPrivate: typeof value.repositoryPrivate === 'boolean' ? value.repositoryPrivate : null,
    };
}
const downloadManifestParser = {
    name: 'download-manifest',
    suffixes: ['integrity-audit.json'],
    lineBased: false,
    notes: [UNUSABLE_NOTE, '⟨the notes of the download, as kept⟩'],
    parse: (stream, ctx, sink) => parseDownloadManifest(stream, unusable(ctx, sink), (n) => sink.note(n)),
};

// EXTERNAL MODULE: ./src/model/jobs.ts
var jobs = __nccwpck_require__(6977);
;// CONCATENATED MODULE: ./src/parsers/job-log.ts




const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z /;
/** The error as Octokit / github-script print it, not the phrase anywhere in the log (logs echo untrusted text). */
const SIGNATURE = /^(?:##\[error\])?(?:Unhandled error: )?(?:RequestError \[HttpError\]|HttpError|Error): API rate limit exceeded for installation\b/;
/** The job a `workflow-logs/` file belongs to: `activation/1_Set up job.txt` or `4_activation.txt`. */
function jobOfWorkflowLog(path) {
    const rel = path.slice(path.indexOf('workflow-logs/') + 'workflow-logs/'.length);
    const dir = /^([^/]+)\//.exec(rel);
    if (dir)
        return dir[1];
    const file = /^\d+_(.+)\.txt$/.exec(rel);
    return file ? file[1] : null;
}
async function findActivationRateLimit(stream, file) {
    let hit = null;
    await forEachLine(stream, (line, n) => {
        if (hit || !line.includes('API rate limit exceeded for installation'))
            return;
        const body = line.replace(TIMESTAMP, '');
        if (SIGNATURE.test(body))
            hit = loc(file, n, line);
    });
    return hit;
}
/** Returns where the activation rate-limit error is, or null. collect reads only the activation jobs' logs. */
const jobLogParser = {
    name: 'job-log',
    suffixes: ['workflow-logs/*.txt'],
    lineBased: true,
    notes: [],
    parse: (stream, ctx) => findActivationRateLimit(stream, ctx.file),
};

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
;// CONCATENATED MODULE: ./src/engine/collect.ts


















/**
 * Reads one evidence file with its parser. A stream error (a truncated zip entry, a vanished file) becomes a coverage
 * note; whatever was parsed before the error is kept. Lines cut at the line cap are noted too (not partial: the
 * records they start are read), before the notes of the parser itself.
 */
async function withFile(file, notes, parser, ctx, events, hints) {
    let stream;
    try {
        stream = await file.open();
    }
    catch (err) {
        notes.push({
            file: file.path,
            reason: `could not be opened (${(0,errors/* errText */.V)(err)})`,
            partial: true,
            kind: 'unreadable',
        });
        return null;
    }
    const own = [];
    const push = (e) => events.push(e);
    const sink = { event: push, hint: hints ? push : undefined, note: (n) => own.push(n) };
    try {
        return await parser.parse(stream, ctx, sink);
    }
    catch (err) {
        notes.push({
            file: file.path,
            reason: `could not be read to the end (${(0,errors/* errText */.V)(err)})`,
            partial: true,
            kind: 'unreadable',
        });
        return null;
    }
    finally {
        const cut = lineStatsOf(stream)?.truncatedLines ?? 0;
        if (cut > 0)
            notes.push({
                file: file.path,
                reason: `${cut} over-long line(s) cut at ${DEFAULT_MAX_LINE_BYTES / 1024 / 1024} MiB`,
                partial: false,
            });
        notes.push(...own);
        stream.destroy();
    }
}
/** What the rows read so far: each parser's events and returned values. */
class Read {
    got = new Map();
    of(parser) {
        let r = this.got.get(parser);
        if (!r)
            this.got.set(parser, (r = { events: [], values: [] }));
        return r;
    }
    events(...parsers) {
        return parsers.flatMap((p) => this.of(p).events);
    }
    value(parser) {
        return this.of(parser).values[0] ?? null;
    }
    /** Drops what `parser` read (to read its files again). */
    forget(parser) {
        this.got.delete(parser);
    }
}
const row = (r) => r;
/**
 * The parsers, in the order they run: run metadata first (aw_info.json names the run), the gateway's event sources,
 * then the firewall (the policy manifest's peers before the logs that need them) and the rest. Adding a format is
 * one parser module, one row here, one test.
 */
const PARSERS = [
    // A run kept by `analyze --repo … --download`: the download's coverage notes come first, as they do when fetched.
    row({ parser: downloadManifestParser, listed: false, files: (l) => [l.downloadManifest] }),
    row({ parser: awInfoParser, listed: 'aw_info', files: (l) => [l.awInfo] }),
    row({ parser: runJsonParser, listed: false, files: (l) => [l.runJson] }),
    row({
        parser: jobsJsonParser,
        listed: false,
        files: (l, _, input) => (input.meta.jobs ? [] : [l.jobsJson]),
    }),
    // Gateway text log (U), else the per-server logs (S) as the fallback source.
    row({
        parser: gatewayLogParser,
        events: true,
        hints: true,
        skipsCountedInJsonl: true,
        files: (l) => [l.gatewayLog],
    }),
    row({
        parser: serverLogParser,
        events: true,
        hints: true,
        files: (l) => (l.gatewayLog ? [] : l.serverLogs),
    }),
    row({ parser: proxyLogParser, events: true, files: (l) => [l.proxyLog] }),
    row({ parser: rpcJsonlParser, events: true, files: (l) => l.jsonl }),
    row({ parser: stderrLogParser, events: true, hints: true, files: (l) => [l.stderrLog] }),
    row({ parser: gatewayMdParser, events: true, hints: true, files: (l) => [l.gatewayMd] }),
    row({ parser: toolsJsonParser, files: (l) => [l.toolsJson] }),
    // Firewall: access.log, else audit.jsonl, else the agent-stdio summary. Never two sources added together.
    row({ parser: policyManifestParser, listed: false, files: (l) => [l.policyManifest] }),
    row({ parser: accessLogParser, files: (l) => [l.accessLog] }),
    row({
        parser: auditJsonlParser,
        files: (l, read) => (read.of(accessLogParser).values.length > 0 ? [] : [l.auditJsonl]),
    }),
    row({ parser: agentStdioParser, files: (l) => [l.agentStdio] }),
    row({ parser: activitySummaryParser, files: (l) => [l.activitySummary] }),
    row({
        parser: jobLogParser,
        files: (l) => l.workflowLogs.filter((f) => (0,jobs/* isActivationJob */.K)(jobOfWorkflowLog(f.path))),
        enough: (hit) => hit !== null,
    }),
];
const LAST_EVENT_ROW = PARSERS.filter((r) => r.events).pop();
async function collectEvidence(input) {
    const loc = locateFiles(input.files);
    const filesUsed = [];
    const read = new Read();
    // The notes of the rows up to the last event row come before the one-source-per-fact notes, the others after.
    const before = [];
    const after = [];
    let notes = before;
    const jsonlFiles = loc.jsonl.map((f) => f.path);
    const readRow = async (r, countedInJsonl, into, listed) => {
        const got = read.of(r.parser);
        for (const f of r.files(loc, read, input)) {
            if (!f)
                continue;
            if (listed && r.listed !== false)
                filesUsed.push({ kind: r.listed ?? r.parser.name, path: f.path });
            const ctx = {
                file: f.path,
                peers: read.value(policyManifestParser) ?? new Set(),
                gatewayFallback: !loc.gatewayLog,
                countedInJsonl: countedInJsonl && r.skipsCountedInJsonl === true,
            };
            const value = await withFile(f, into, r.parser, ctx, got.events, r.hints ?? false);
            // Between files the loop gets a turn: a worker beside this thread idled 13-20% of the time waiting for it.
            await (0,settle/* yieldToEventLoop */.h5)();
            if (value !== null)
                got.values.push(value);
            if (r.enough?.(value))
                break;
        }
    };
    for (const r of PARSERS) {
        await readRow(r, jsonlFiles.length > 0, notes, true);
        if (r === LAST_EVENT_ROW)
            notes = after;
    }
    // The JSONL is incomplete: the text log may count what it skipped (jsonlSources), so it is read again in full (its
    // notes were given the first time). Rare: the gateway warns only when it failed to write the JSONL.
    if (jsonlIncomplete(jsonlFiles, read.events(stderrLogParser))) {
        for (const r of PARSERS.filter((r) => r.skipsCountedInJsonl)) {
            read.forget(r.parser);
            await readRow(r, false, [], false);
        }
    }
    const meta = { ...input.meta };
    const info = read.value(awInfoParser);
    const awInfo = info?.raw ?? null;
    if (info) {
        if (info.runId)
            meta.id = info.runId;
        meta.workflow ??= info.workflowName;
        meta.repository ??= info.repository;
        if (!meta.branch && info.ref)
            meta.branch = info.ref.replace(/^refs\/heads\//, '');
        meta.event ??= info.eventName;
    }
    const runJson = read.value(runJsonParser);
    if (runJson) {
        meta.workflow ??= runJson.workflow ?? null;
        meta.branch ??= runJson.branch ?? null;
        meta.url ??= runJson.url ?? null;
        meta.conclusion ??= runJson.conclusion ?? null;
    }
    if (loc.jobsJson && !meta.jobs)
        meta.jobs = read.value(jobsJsonParser);
    const kept = read.value(downloadManifestParser);
    for (const [k, v] of Object.entries(kept?.meta ?? {}))
        meta[k] ??= v;
    const events = [];
    const push = (e) => events.push(e);
    const gatewayEvents = read.events(gatewayLogParser, serverLogParser);
    const proxyEvents = read.events(proxyLogParser);
    const jsonlEvents = read.events(rpcJsonlParser);
    const stderrEvents = read.events(stderrLogParser);
    const mdEvents = read.events(gatewayMdParser);
    notes = [...input.notes, ...before];
    // One source per fact (FORMATS.md global rule 5).
    const textHasGateway = gatewayEvents.length > 0 || loc.gatewayLog !== null;
    const sources = jsonlSources(jsonlFiles, jsonlEvents, textHasGateway ? gatewayEvents : stderrEvents, stderrEvents);
    notes.push(...sources.notes);
    for (const e of gatewayEvents) {
        if ((e.type === 'DifcFiltered' || e.type === 'BackendToolCall') && !sources.fromText(e.type))
            continue;
        // the JSONL `rpc_response` is the same call
        if (e.type === 'BackendCallFailed' && !sources.fromText('BackendToolCall'))
            continue;
        push(e);
    }
    for (const e of proxyEvents) {
        if (e.type === 'UnrecognizedEndpoint' && jsonlEvents.some((j) => j.type === 'UnrecognizedEndpoint'))
            continue;
        push(e);
    }
    for (const e of jsonlEvents) {
        if ((e.type === 'DifcFiltered' || e.type === 'BackendToolCall') && sources.fromText(e.type))
            continue;
        push(e);
    }
    const logged = (template, list) => list.some((e) => e.type === 'GatewayError' && e.template === template);
    for (const e of stderrEvents) {
        // The stderr copies of gateway records (logging fell back to stderr) count only without mcp-gateway.log.
        if (textHasGateway && (e.type === 'DifcFiltered' || e.type === 'BackendToolCall'))
            continue;
        if ((e.type === 'DifcFiltered' || e.type === 'BackendToolCall') && !sources.fromText(e.type))
            continue;
        // The gateway exits on `Environment validation failed`: its exit text in stderr.log (and the record itself, when
        // logging fell back to stderr) repeat the log's record. One failure, counted once.
        // Likewise `failed to load config: Configuration validation error …` repeats `Configuration validation failed`.
        if (e.type === 'GatewayError' &&
            e.template === 'Gateway exited: failed to load config' &&
            /^failed to load config: Configuration validation error/.test(e.message) &&
            (logged('Configuration validation failed', gatewayEvents) ||
                (!textHasGateway && logged('Configuration validation failed', mdEvents))))
            continue;
        if (e.type === 'GatewayError' &&
            e.template === 'Environment validation failed' &&
            (logged(e.template, gatewayEvents) || logged(e.template, events)))
            continue;
        if (textHasGateway && e.type === 'RoutedToolCall')
            continue;
        push(e);
    }
    // gateway.md's RPC bullets copy the `[rpc]` lines: they count the calls only when nothing else does (§7.4).
    const haveBackendCalls = events.some((e) => e.type === 'BackendToolCall');
    const haveVersion = events.some((e) => e.type === 'GatewayVersion');
    const haveUnrecognized = events.some((e) => e.type === 'UnrecognizedEndpoint');
    for (const e of mdEvents) {
        if (e.type === 'GatewayVersion' && !haveVersion)
            push(e);
        else if (e.type === 'UnrecognizedEndpoint' && !haveUnrecognized)
            push(e);
        else if (e.type === 'GatewayError' && e.template === 'Environment validation failed') {
            // One failure: stderr.log's copy, when there, lists its errors (the bullet shows only its first line).
            if (!textHasGateway && !logged(e.template, events))
                push(e);
        }
        else if ((e.type === 'GatewayError' || e.type === 'AuthRejected') && !textHasGateway)
            push(e);
        else if (e.type === 'BackendToolCall' && !haveBackendCalls)
            push(e);
        else if (e.type === 'ServerNamed')
            push(e);
    }
    notes.push(...redactionNotes(events));
    // Each `⟨serverID⟩.log` names a server, parsed or not (created on that server's first message, §1.5).
    for (const f of loc.serverLogs)
        push({
            type: 'ServerNamed',
            server: serverIdOf(f.path),
            complete: false,
            source: 'server-log',
            loc: { file: f.path, line: 1, excerpt: '' },
        });
    const tools = read.value(toolsJsonParser);
    let firewall = read.value(accessLogParser) ?? read.value(auditJsonlParser);
    let agentStdio = null;
    const stdio = read.value(agentStdioParser);
    if (stdio) {
        agentStdio = { present: true, nonEmpty: stdio.nonEmpty, summaryBlocks: stdio.summary?.blocked ?? 0 };
        if (!firewall && stdio.summary)
            firewall = stdio.summary;
    }
    const activity = read.value(activitySummaryParser);
    const activationRateLimit = read.of(jobLogParser).values.find((hit) => hit !== null) ?? null;
    notes.push(...after);
    return {
        meta,
        events,
        firewall,
        awInfo,
        activity,
        tools,
        agentStdio,
        activationRateLimit,
        files: filesUsed,
        notes,
        // Job logs fetched through the API are not artifacts: a run with only those was not audited.
        hasArtifacts: input.files.some((f) => !/^workflow-logs\//.test(f.path)),
        repositoryPrivate: input.repositoryPrivate ?? kept?.repositoryPrivate ?? null,
    };
}

// EXTERNAL MODULE: ./src/report/build.ts + 1 modules
var build = __nccwpck_require__(849);
// EXTERNAL MODULE: ./src/report/dedupe.ts
var dedupe = __nccwpck_require__(2279);
// EXTERNAL MODULE: ./src/report/suppressions.ts
var suppressions = __nccwpck_require__(6104);
// EXTERNAL MODULE: ./src/github/budget.ts
var budget = __nccwpck_require__(9962);
// EXTERNAL MODULE: ./src/sources/local.ts
var local = __nccwpck_require__(9765);
// EXTERNAL MODULE: ./src/sources/zip.ts + 1 modules
var zip = __nccwpck_require__(8313);
;// CONCATENATED MODULE: ./src/sources/run-spec.ts


async function openRunSpec(spec) {
    if (spec.kind === 'local')
        return (0,local/* openLocalRun */.tu)(spec.ref, { zipLimits: spec.zipLimits });
    const notes = [...spec.notes];
    const files = [];
    const closers = [];
    const used = { total: 0 };
    for (const z of spec.zips) {
        const opened = await (0,zip/* readZip */.u)(z.data ?? z.path, z.artifact, z.artifact, spec.zipLimits ?? zip/* DEFAULT_ZIP_LIMITS */.R, used);
        files.push(...opened.files);
        notes.push(...opened.notes);
        closers.push(opened.close);
    }
    for (const f of spec.files) {
        files.push({
            path: f.path,
            artifact: null,
            size: null,
            open: async () => (0,local/* openFileStream */.pn)(f.diskPath),
        });
    }
    return {
        meta: spec.meta,
        files,
        notes,
        repositoryPrivate: spec.repositoryPrivate,
        close: async () => {
            for (const c of closers)
                await c();
        },
    };
}

// EXTERNAL MODULE: ./src/sources/inflate-thread.ts + 2 modules
var inflate_thread = __nccwpck_require__(3051);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/util/heap.ts
var heap = __nccwpck_require__(1540);
// EXTERNAL MODULE: ./src/util/compiler.ts
var compiler = __nccwpck_require__(2391);
// EXTERNAL MODULE: ./src/engine/workers.ts
var engine_workers = __nccwpck_require__(5501);
;// CONCATENATED MODULE: ./src/engine/audit.ts















/** A run that could not be read at all: coverage none, with the reason. */
function unreadableRun(meta, err, config) {
    return analyzeRun({
        meta,
        events: [],
        firewall: null,
        awInfo: null,
        activity: null,
        tools: null,
        agentStdio: null,
        activationRateLimit: null,
        files: [],
        notes: [
            {
                file: meta.id,
                // A run the API budget left out was not read at all: it says so, and why (github/budget.ts).
                reason: err instanceof budget/* BudgetExhausted */.Vd
                    ? `not audited: ${err.message}`
                    : `run could not be read: ${(0,errors/* errText */.V)(err)}`,
                partial: true,
                kind: 'unreadable',
            },
        ],
        hasArtifacts: false,
        repositoryPrivate: null,
    }, config);
}
/** Analyses one run spec in this thread; a failure becomes a run with coverage `none`, never a crash. */
async function analyzeSpec(spec, config, fallbackId) {
    const input = await openRunSpec(spec).catch((err) => err);
    if (input instanceof Error)
        return unreadableRun(specMeta(spec, fallbackId), input, config);
    try {
        return analyzeRun(await collectEvidence(input), config);
    }
    catch (err) {
        return unreadableRun(input.meta, err, config);
    }
    finally {
        await input.close().catch(() => undefined);
    }
}
/** The worker side of the pool. */
function analyzeRequest(req) {
    return analyzeSpec(req.spec, req.config, req.fallbackId);
}
function specMeta(spec, fallbackId) {
    return spec.kind === 'files' ? spec.meta : { id: fallbackId, workflow: null, branch: null, url: null };
}
/**
 * Prepares and analyses every job: up to `concurrency` runs prepared at once (downloads overlap), and no more analysed
 * at once than there are analysing threads (two in this thread alone, else the calling thread and each worker, which
 * is also sent its next run) so that the runs waiting on the network never crowd the CPU or the memory of the ones
 * being read. Results in the jobs' order.
 */
async function analyzeJobs(jobs, options) {
    const { config } = options;
    const workers = options.workerEntry && options.useWorkers && jobs.length > 1 ? (0,engine_workers/* workerCount */.Mo)(jobs.length) : 0;
    const inflateHere = inflateInAnalysingThreads(workers);
    // Every core analyses then: no helper tasks for the collector either.
    if (inflateHere) {
        (0,heap/* scavengeWithoutHelpers */.YI)();
        (0,compiler/* optimizeInNewThreadsThemselves */.OT)();
    }
    const pool = workers > 0 ? (0,engine_workers/* createPool */.b)(options.workerEntry, workers, { inflateHere }) : null;
    (0,inflate_thread/* inflateInCallingThread */.vX)(inflatesItself(workers, options.localInput === true));
    // The calling thread analyses while the workers start (createPool: why it need not wait for them).
    // The calling thread analyses too (withCallingThread): the workers take the runs that come while it is busy.
    const analyze = (0,engine_workers/* withCallingThread */.Br)(pool
        ? (spec, id) => pool
            .analyze(spec, config, id)
            .catch((err) => unreadableRun(specMeta(spec, id), err, config))
        : null, (spec, id) => analyzeSpec(spec, config, id));
    // With a pool: the calling thread's run, and each worker's run and its next (RUNS_PER_WORKER).
    const given = pool ? pool.size * engine_workers/* RUNS_PER_WORKER */.oO + 1 : 1;
    const analysing = (0,settle/* limiter */.TA)(pool ? given : 2);
    let done = 0;
    try {
        return await (0,settle/* mapLimit */.sf)(jobs, Math.max(options.concurrency ?? 2, given), async (job) => {
            let prepared;
            try {
                prepared = await job.prepare();
            }
            catch (err) {
                if (options.rethrow?.(err))
                    throw err;
                const meta = { id: job.id, workflow: null, branch: null, url: null };
                if (job.createdAt)
                    meta.createdAt = job.createdAt;
                const a = unreadableRun(meta, err, config);
                options.log?.(`run ${++done}/${jobs.length} ${job.id}: not audited (${(0,errors/* errText */.V)(err)})`);
                return a;
            }
            try {
                const a = await analysing(() => analyze(prepared.spec, job.id));
                // One line per run (500 runs, 500 lines: each a write to the runner's log).
                options.log?.(`run ${++done}/${jobs.length} ${a.facts.id}: ${a.findings.length} finding(s), coverage ${a.facts.coverage}` +
                    (prepared.fetched ? `; ${prepared.fetched}` : ''));
                return a;
            }
            finally {
                await prepared.cleanup?.().catch(() => undefined);
            }
        });
    }
    finally {
        (0,inflate_thread/* inflateInCallingThread */.vX)(false);
        await pool?.close();
    }
}
/** The report of analysed runs: the same run given twice counted once, the config's suppressions applied. */
function reportOf(analyses, options) {
    const { config } = options;
    const { kept, notes } = dedupeAnalyses(analyses);
    const facts = kept.map((a) => a.facts);
    const raw = kept.flatMap((a) => a.findings);
    const buildOptions = notes.length > 0 ? { ...options, notes: [...(options.notes ?? []), ...notes] } : options;
    return {
        report: (0,suppressions/* applySuppressions */.px)((0,build/* buildReport */.FK)(facts, raw, buildOptions), config.suppressions, rules/* RULE_IDS */.Iu, buildOptions.generatedAt),
        analyses: kept,
    };
}
async function auditRuns(jobs, options) {
    return reportOf(await analyzeJobs(jobs, options), options);
}
/**
 * The same GitHub run (one numeric run id) given twice, e.g. as a run folder and as its artifact zip, is audited once
 * (report/dedupe.ts: the best-covered copy stays, and a copy is dropped only when that hides nothing).
 */
function dedupeAnalyses(analyses) {
    return (0,dedupe/* dedupeRunResults */.R)(analyses);
}
/** From this much input, worker threads can pay off (below it their start-up and warm-up cost more than they gain). */
const WORKER_THRESHOLD_BYTES = 256 * 1024 * 1024;
/**
 * Whether each analysing thread inflates the zip entries it reads itself (inflateInCallingThread): with `workers`
 * beside the calling thread on 2–3 cores, every core already analyses, and an inflate thread for each analysing
 * thread would put two threads on each core, handing every 256 KiB over between them (2 GB zipped: 3.7–3.8 s with
 * the calling thread and its inflate thread, 2.9–3.1 s with a worker and each inflating its own, the same report).
 * On 4 cores and more each keeps its inflate thread, as measured there before.
 */
function inflateInAnalysingThreads(workers, cores = (0,external_node_os_.availableParallelism)()) {
    return workers > 0 && cores < 4;
}
/**
 * Whether the calling thread inflates the zip entries it reads itself: as every analysing thread does on 2-3 cores
 * beside a worker (inflateInAnalysingThreads), and alone over local files, where nothing else waits on its event loop
 * (no download is in flight). Its entries are then inflated straight into the line scanner's memory; through the
 * inflate thread each 256 KiB is handed over between the threads and copied. Measured 2026-12-05 on 2 cores, medians
 * of alternating runs, the calling thread alone: 100 MB zipped 0.42 -> 0.36 s (synthetic) and 0.46 -> 0.37 s (real
 * traffic), 10 MB less; 2 GB of real traffic zipped 3.40 -> 3.37 s for 1.1 s less CPU and 14 MB less.
 */
function inflatesItself(workers, local, cores = (0,external_node_os_.availableParallelism)()) {
    return inflateInAnalysingThreads(workers, cores) || (workers === 0 && local);
}
/** On 2 or 3 cores, from this much local input (a zip for what it inflates to) one worker beside the calling thread pays. */
const FEW_CORES_WORKER_THRESHOLD_BYTES = 512 * 1024 * 1024;
/**
 * Whether to analyse in worker threads beside the calling thread. A worker costs its start-up (an isolate, the
 * bundle compiled again, cold code: about 0.25 s of CPU) and 15–30 MB, so it pays only for large inputs on machines
 * with cores to spare: on 4 cores or more, files of WORKER_THRESHOLD_BYTES or more, or at least 8 runs to download;
 * on 2 or 3 cores, local files of FEW_CORES_WORKER_THRESHOLD_BYTES or more (the calling thread analyses
 * in any case, withCallingThread). `INTEGRITY_AUDIT_WORKERS` decides instead when set (see workerCount). `bytes`
 * (null: unknown, runs still to download) is measured only when it decides.
 */
async function worthWorkers(runs, bytes, cores = (0,external_node_os_.availableParallelism)()) {
    if (runs < 2)
        return false;
    const forced = (0,engine_workers/* forcedWorkers */.Fj)();
    if (forced !== null)
        return forced > 0;
    if (cores < 2)
        return false;
    if (cores < 4) {
        // 2–3 cores (docs/PERFORMANCE.md, "Both cores"): one worker made 2 GB of real traffic on disk 20–25% faster
        // (3.2–3.4 -> 2.5–2.65 s; 660 MB 7%, 300 MB none) for 114–119 MB instead of 93, and zipped 3.7–3.8 -> 2.9–3.2 s
        // for 110–116 MB instead of 105 with each analysing thread inflating its own entries (inflateInAnalysingThreads).
        // Not for runs still to download: a worker only competed with the calling thread's network work (the scale
        // bench: 25 runs 0.88 s without, 1.12 s with one).
        const size = await bytes();
        return size !== null && size >= FEW_CORES_WORKER_THRESHOLD_BYTES;
    }
    const size = await bytes();
    return size === null ? runs >= 8 : size >= WORKER_THRESHOLD_BYTES;
}
/** Jobs for local run locations (the CLI and the action's `logs-path`). */
function localJobs(refs, idOf) {
    return refs.map((ref) => ({ id: idOf(ref.path), prepare: async () => ({ spec: { kind: 'local', ref } }) }));
}


/***/ }),

/***/ 5501:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ withCallingThread),
/* harmony export */   Fj: () => (/* binding */ forcedWorkers),
/* harmony export */   Mo: () => (/* binding */ workerCount),
/* harmony export */   b: () => (/* binding */ createPool),
/* harmony export */   oO: () => (/* binding */ RUNS_PER_WORKER),
/* harmony export */   sc: () => (/* binding */ serveWorker),
/* harmony export */   w6: () => (/* binding */ isAuditWorker)
/* harmony export */ });
/* unused harmony exports WORKER_ROLE, OLD_MB, WORKER_BUDGET_MB, MAX_WORKERS, defaultWorkers */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_heap_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1540);
/* harmony import */ var _sources_inflate_thread_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3051);
// Every core: when there are several runs, they are analysed by the calling thread and by worker threads beside it
// (see withCallingThread). The workers run the same bundle (dist/cli.js or dist/index.js) in worker mode; each has a bounded young generation, which keeps the peak RSS flat.




const WORKER_ROLE = 'integrity-audit-worker';
/** True in a thread started by the pool; the bundle entry then serves requests instead of running main(). */
function isAuditWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.role === WORKER_ROLE;
}
/** The worker side: analyse each requested run with `analyze` and post the result back. */
function serveWorker(analyze) {
    // The process's heap bounds, set again in this thread whenever a thread it starts (the inflate thread) undoes them:
    // without them, the calling thread's young generation grew to 32 MiB when a worker read zips (+25-30 MB of RSS).
    const data = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    if (data.heap)
        (0,_util_heap_js__WEBPACK_IMPORTED_MODULE_2__/* .boundHeapGrowth */ .C9)(data.heap);
    (0,_sources_inflate_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .inflateInCallingThread */ .vX)(data.inflateHere === true);
    // One run at a time, in the order asked: the pool sends the next run before this one is done (RUNS_PER_WORKER).
    let previous = Promise.resolve();
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.on('message', (req) => {
        previous = previous.then(() => analyze(req).then((analysis) => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ id: req.id, analysis }), (err) => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({
            id: req.id,
            error: err instanceof Error ? err.message : String(err),
        })));
    });
}
/**
 * Memory per worker. A worker analyses one run at a time and keeps no more of it than the calling thread would: lines
 * are read through one 256 KiB buffer (lines over 1 MiB are cut), events are summarised as they come, and the live
 * heap stays under 10 MB at any input size. Its young generation is held at YOUNG_MB (the scavenger's semi-spaces are
 * most of a parser's RSS growth) and its old generation may not pass OLD_MB: a run that needed more would fail alone
 * (its worker is replaced, the run is reported as not audited), never take the machine's memory. Measured, a worker
 * adds 15–25 MB of RSS (V8 isolate, code, buffers); WORKER_BUDGET_MB is what the count below reserves per worker.
 */
const YOUNG_MB = 3;
const OLD_MB = 512;
const WORKER_BUDGET_MB = 64;
/**
 * Runs a worker is sent at once: the one it analyses and the next, so that it starts the next as soon as it is done.
 * With one, it waited for the calling thread to take its answer and send another, which the calling thread does only
 * between two reads of its own run (measured: a worker beside the calling thread idled about 8% of a 2 GB audit).
 */
const RUNS_PER_WORKER = 2;
/** INTEGRITY_AUDIT_WORKERS above this is taken as this (a typo must not start thousands of threads). */
const MAX_WORKERS = 64;
/**
 * `INTEGRITY_AUDIT_WORKERS=N`: N worker threads beside the calling thread (0: the calling thread alone), whatever
 * the input.
 */
function forcedWorkers() {
    const v = process.env.INTEGRITY_AUDIT_WORKERS;
    if (v === undefined || v.trim() === '')
        return null;
    const n = Number(v);
    return Number.isInteger(n) && n >= 0 ? Math.min(n, MAX_WORKERS) : null;
}
/**
 * Workers by default: one per core available beside the calling thread, which analyses too (1 on 2 cores, 7 to 63 on
 * large runners), as long as a quarter of the machine's memory holds WORKER_BUDGET_MB for each.
 */
function defaultWorkers(cores = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), memoryBytes = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.totalmem)()) {
    const byMemory = Math.floor(memoryBytes / 4 / (WORKER_BUDGET_MB * 1024 * 1024));
    return Math.max(1, Math.min(cores - 1, byMemory, MAX_WORKERS));
}
/** Workers for `runs` runs: the forced number, else one per core available (see defaultWorkers). */
function workerCount(runs) {
    return Math.max(0, Math.min(runs, forcedWorkers() ?? defaultWorkers()));
}
/**
 * The calling thread as one more analyser beside the pool: a call runs `inline` when the calling thread is not
 * already analysing (its code is warm and it needs no start-up), else on the pool; without a pool, always inline.
 * On 2 cores one worker and the calling thread use both.
 */
function withCallingThread(pool, inline) {
    let busy = false;
    return async (...args) => {
        if (pool !== null && busy)
            return pool(...args);
        busy = true;
        try {
            return await inline(...args);
        }
        finally {
            busy = false;
        }
    };
}
/** `inflateHere`: each worker inflates the zip entries it reads itself (see inflateInCallingThread). */
function createPool(entry, size, options = {}) {
    const slots = [];
    const waiting = [];
    const pending = new Map();
    let nextId = 0;
    const spawn = () => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(entry, {
            workerData: { role: WORKER_ROLE, heap: (0,_util_heap_js__WEBPACK_IMPORTED_MODULE_2__/* .heapBounds */ .ex)(), inflateHere: options.inflateHere === true },
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB },
        });
        const slot = {
            worker,
            inFlight: 0,
        };
        // On Node 20 a thread starting undoes the heap bounds for the whole process until it is online: set them again
        // then (a script allocating meanwhile grew its young generation from 2 to 32 MiB). The calling thread does not wait
        // for it (measured 2026-12-05, one worker on 2 cores: its young generation stays at 4 MiB over 2 GB on disk and
        // zipped, peak RSS +0-5 MB, and the 50 ms a worker takes to start are no longer idle: 2 GB 1.87 -> 1.81 s).
        worker.once('online', _util_heap_js__WEBPACK_IMPORTED_MODULE_2__/* .reapplyHeapBounds */ .lD);
        worker.on('message', (reply) => {
            const p = pending.get(reply.id);
            if (!p)
                return;
            pending.delete(reply.id);
            release(slot);
            if ('error' in reply)
                p.reject(new Error(reply.error));
            else
                p.resolve(reply.analysis);
        });
        const fail = (err) => {
            // A crashed worker (e.g. out of memory) fails its runs, and is replaced for the next ones.
            for (const [id, p] of pending) {
                if (p.slot !== slot)
                    continue;
                pending.delete(id);
                p.reject(err);
            }
            const i = slots.indexOf(slot);
            if (i >= 0)
                slots[i] = spawn();
            // Its runs are over: as many places for the runs waiting (the new worker starts with none).
            for (let k = 0; k < RUNS_PER_WORKER; k++)
                waiting.shift()?.();
        };
        worker.on('error', fail);
        worker.on('exit', (code) => {
            if (code !== 0 && slots.includes(slot))
                fail(new Error(`analysis worker exited with code ${code}`));
        });
        return slot;
    };
    const release = (slot) => {
        slot.inFlight--;
        waiting.shift()?.();
    };
    for (let i = 0; i < size; i++)
        slots.push(spawn());
    const acquire = async () => {
        for (;;) {
            let free = null;
            for (const s of slots)
                if (s.inFlight < RUNS_PER_WORKER && (!free || s.inFlight < free.inFlight))
                    free = s;
            if (free) {
                free.inFlight++;
                return free;
            }
            await new Promise((r) => waiting.push(r));
        }
    };
    return {
        size,
        async analyze(spec, config, fallbackId) {
            const slot = await acquire();
            const id = nextId++;
            return new Promise((resolve, reject) => {
                pending.set(id, { resolve, reject, slot });
                slot.worker.postMessage({ id, spec, config, fallbackId });
            });
        },
        async close() {
            const all = slots.splice(0);
            await Promise.all(all.map((s) => s.worker.terminate()));
        },
    };
}


/***/ }),

/***/ 9962:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vd: () => (/* binding */ BudgetExhausted),
/* harmony export */   W1: () => (/* binding */ ApiBudget),
/* harmony export */   cl: () => (/* binding */ parseReserve),
/* harmony export */   fV: () => (/* binding */ DEFAULT_RESERVE)
/* harmony export */ });
/* unused harmony exports reserveText, RUN_REQUESTS, REPOSITORY_REQUESTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3116);

/** The default `api-reserve`: a tenth of the limit (for the issue, and other automation on the same token). */
const DEFAULT_RESERVE = { percent: 10 };
/** `api-reserve` / `--api-reserve`: `N` requests or `P%` of the limit; null when the text is neither. */
function parseReserve(text) {
    const t = text.trim();
    const pct = /^(\d{1,3}(?:\.\d+)?)\s*%$/.exec(t);
    if (pct) {
        const percent = Number(pct[1]);
        return percent <= 100 ? { percent } : null;
    }
    return /^\d{1,7}$/.test(t) ? { count: Number(t) } : null;
}
function reserveText(r) {
    return 'count' in r ? String(r.count) : `${r.percent}%`;
}
/**
 * The requests a run is counted for while it is under way (its artifact and job listings, then at least one
 * download), before GitHub's answers say what it spent: the reserve holds whatever number of runs start at once.
 */
const RUN_REQUESTS = 3;
/** The requests a repository's discovery is counted for while under way: its runs' listing and its visibility. */
const REPOSITORY_REQUESTS = 2;
/** A run (or a repository's discovery) not started because the budget is spent: the message is the reason. */
class BudgetExhausted extends Error {
}
function readRateLimit(headers) {
    const n = (name) => {
        const v = headers?.[name];
        if (v === undefined || v === '')
            return null;
        const x = Number(v);
        return Number.isFinite(x) ? x : null;
    };
    const limit = n('x-ratelimit-limit');
    const remaining = n('x-ratelimit-remaining');
    const reset = n('x-ratelimit-reset');
    if (limit === null || remaining === null || reset === null)
        return null;
    return {
        resource: String(headers?.['x-ratelimit-resource'] ?? 'core'),
        limit,
        remaining,
        used: n('x-ratelimit-used') ?? Math.max(0, limit - remaining),
        reset,
    };
}
/** `21:14 UTC` (with the date when it is not today's). */
function clock(epochSeconds, now) {
    const at = new Date(epochSeconds * 1000).toISOString();
    const today = new Date(now).toISOString().slice(0, 10);
    return `${at.slice(0, 10) === today ? '' : `${at.slice(0, 10)} `}${at.slice(11, 16)} UTC`;
}
class ApiBudget {
    /** REST API requests made (each attempt; storage downloads, which are not API calls, not). */
    requests = 0;
    reserve;
    maxWait;
    now;
    /** The `core` limit as last reported: within one window (one reset time) the lowest remaining seen. */
    core = null;
    /** A request refused by the primary limit (after the client's waiting), until its reset. */
    primaryRefusal = null;
    /** A request refused by a secondary limit after the retries: no new run for the rest of the audit. */
    secondaryRefusal = null;
    /** The first reason a run or repository was refused. */
    cut = null;
    /** Runs not started, and runs with a request refused by a rate limit. */
    notStarted = new Set();
    refusedIn = new Set();
    repositoriesSkipped = new Set();
    /**
     * Requests promised to the runs and repositories under way and not yet reflected in the remaining GitHub reported:
     * each admitted unit holds its estimate until it has finished. Many units start at once (the audit's pool), all
     * before any of their answers arrive; counting them keeps the reserve unspent (double counting a unit's answered
     * requests only stops earlier: fail closed).
     */
    promised = 0;
    constructor(options = {}) {
        this.reserve = options.reserve ?? DEFAULT_RESERVE;
        this.maxWait = options.maxWaitSeconds ?? 120;
        this.now = options.now ?? Date.now;
    }
    /** The reserve in requests, for a limit. */
    reserveCount(limit) {
        return 'count' in this.reserve ? this.reserve.count : Math.ceil((limit * this.reserve.percent) / 100);
    }
    /** Every answer's headers (success or error, after the client's retries). */
    observe(headers) {
        const rl = readRateLimit(headers);
        if (!rl || rl.resource !== 'core')
            return;
        const c = this.core;
        if (!c || rl.reset > c.reset)
            this.core = rl;
        else if (rl.reset === c.reset && rl.remaining < c.remaining)
            this.core = rl;
    }
    /** An API error that reached the caller (the client's retries and waits are over). */
    failed(err) {
        const e = err;
        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err);
        if (status !== 403 && status !== 429)
            return;
        const headers = e.response?.headers;
        this.observe(headers);
        const rl = readRateLimit(headers);
        if (rl && rl.remaining === 0)
            this.primaryRefusal = rl;
        else if (/\bsecondary rate\b/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(err)))
            this.secondaryRefusal ??= (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(err).split(/(?<=\.)\s/)[0];
    }
    /** Why no new run may start now, or null. */
    stopReason() {
        const now = this.now();
        if (this.secondaryRefusal)
            return `GitHub API secondary rate limit kept refusing requests after waiting (${this.secondaryRefusal})`;
        const p = this.primaryRefusal;
        if (p && p.reset * 1000 > now)
            return `GitHub API rate limit exhausted (x-ratelimit-remaining 0 of ${p.limit}), resets at ${clock(p.reset, now)}`;
        const c = this.core;
        // A window that renews within the client's wait bound is waited for (the throttling plugin), not given up.
        if (!c || c.reset * 1000 <= now + this.maxWait * 1000)
            return null;
        if (c.remaining <= 0)
            return `GitHub API rate limit exhausted (x-ratelimit-remaining 0 of ${c.limit}), resets at ${clock(c.reset, now)}`;
        const reserve = this.reserveCount(c.limit);
        // The requests under way count against the reserve (api-reserve 0 keeps none: GitHub's own refusal is the limit).
        const underWay = reserve > 0 ? this.promised : 0;
        if (c.remaining - underWay < reserve)
            return `GitHub API requests down to the reserve (x-ratelimit-remaining ${c.remaining} of ${c.limit}${underWay > 0 ? `, ${underWay} requests under way` : ''}, api-reserve ${'count' in this.reserve ? reserve : `${reserveText(this.reserve)} = ${reserve}`}), resets at ${clock(c.reset, now)}`;
        return null;
    }
    refuse(what) {
        const reason = this.stopReason();
        this.cut ??= reason;
        throw new BudgetExhausted(`${reason}: ${what}`);
    }
    /** Holds `requests` against the reserve until the returned function is called (once). */
    promise(requests) {
        this.promised += requests;
        let held = true;
        return () => {
            if (held)
                this.promised -= requests;
            held = false;
        };
    }
    /**
     * Before a run's first request: throws BudgetExhausted (the run is named as not audited) when the budget is spent;
     * else the run's requests (RUN_REQUESTS) count as under way until the returned function is called.
     */
    admitRun(runId) {
        if (this.stopReason() === null)
            return this.promise(RUN_REQUESTS);
        this.notStarted.add(runId);
        this.refuse('not started');
    }
    /**
     * Before listing a repository's runs (many repositories): throws BudgetExhausted when the budget is spent; else its
     * listing and visibility (REPOSITORY_REQUESTS) count as under way until the returned function is called.
     */
    admitRepository(repository) {
        if (this.stopReason() === null)
            return this.promise(REPOSITORY_REQUESTS);
        this.repositoriesSkipped.add(repository);
        this.refuse('runs not listed');
    }
    /** Listing a repository's runs was refused by a rate limit: the error to throw (the repository is not covered). */
    repositoryRefused(repository, err) {
        this.failed(err);
        this.repositoriesSkipped.add(repository);
        const reason = this.stopReason() ?? `GitHub API rate limit refused the request (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(err)})`;
        this.cut ??= reason;
        return new BudgetExhausted(`${reason}: runs not listed`);
    }
    /** A request of this run was refused by a rate limit (its coverage may be short). */
    refusedRun(runId) {
        this.refusedIn.add(runId);
        this.cut ??= this.stopReason();
    }
    /** What the report says of the budget (`report.api`), `runs` the runs the budget cut short. */
    usage(runsCut) {
        const c = this.core;
        const usage = {
            requests: this.requests,
            rateLimit: c
                ? {
                    resource: c.resource,
                    limit: c.limit,
                    remaining: c.remaining,
                    used: c.used,
                    reset: new Date(c.reset * 1000).toISOString(),
                }
                : null,
            reserve: c ? this.reserveCount(c.limit) : 'count' in this.reserve ? this.reserve.count : null,
        };
        const reason = this.cut ?? this.stopReason() ?? 'GitHub API rate limit refused requests of the audit';
        if (runsCut.length > 0 || this.repositoriesSkipped.size > 0)
            usage.cutShort = {
                reason,
                runs: runsCut,
                repositories: [...this.repositoriesSkipped].sort(),
            };
        return usage;
    }
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ withPermission),
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   T1: () => (/* binding */ isPermissionDenied),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   i_: () => (/* binding */ PermissionError)
/* harmony export */ });
/* unused harmony export permissionMessage */
// Turning API errors into messages that say what to do: the missing permission on a 403, the expired artifact on a 410.
function statusOf(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : null;
}
function messageOf(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}
class PermissionError extends Error {
}
/**
 * A rate limit GitHub asks to wait out (FORMATS.md §11.4): a 403 or 429 with `x-ratelimit-remaining: 0` (wait for
 * `x-ratelimit-reset`) or with the secondary-limit message (wait `retry-after`). The throttling plugin's test.
 */
function isRateLimited(err) {
    const status = statusOf(err);
    if (status !== 403 && status !== 429)
        return false;
    return (err.response?.headers?.['x-ratelimit-remaining'] === '0' ||
        /\bsecondary rate\b/i.test(messageOf(err)));
}
/** A 403 that is not a rate limit means the token lacks a permission: name it. */
function isPermissionDenied(err) {
    const e = err;
    if (statusOf(err) !== 403)
        return false;
    const remaining = e.response?.headers?.['x-ratelimit-remaining'];
    if (remaining === '0')
        return false;
    return !/rate limit/i.test(messageOf(err));
}
function permissionMessage(err, permission, repository, what) {
    return `${what} failed with 403 (${messageOf(err)}): the token needs \`${permission}\` on ${repository}. Add \`permissions: ${permission}\` to the job, or pass a token that has it with the \`github-token\` input.`;
}
/** Runs an API call; a 403 that is a missing permission becomes a PermissionError naming it. */
async function withPermission(permission, repository, what, fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (isPermissionDenied(err))
            throw new PermissionError(permissionMessage(err, permission, repository, what));
        throw err;
    }
}


/***/ }),

/***/ 6977:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ isActivationJob)
/* harmony export */ });
// gh-aw's job names: the activation jobs run before the agent (FORMATS.md §10.2).
/** `activation` or `pre_activation`: the jobs whose failure means the agent never ran. */
function isActivationJob(name) {
    return name === 'activation' || name === 'pre_activation';
}


/***/ }),

/***/ 849:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FK: () => (/* binding */ buildReport),
  ax: () => (/* binding */ fingerprintOf)
});

// UNUSED EXPORTS: MAX_EVIDENCE_PER_FINDING, runFindingOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/model/types.ts
// Shared types of the pipeline: evidence locations, typed events, run facts and findings.
const SEVERITIES = (/* unused pure expression or super */ null && (['critical', 'warning', 'info']));
const SEVERITY_RANK = { critical: 3, warning: 2, info: 1 };

// EXTERNAL MODULE: ./src/rules/index.ts + 24 modules
var rules = __nccwpck_require__(1717);
// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __nccwpck_require__(2701);
// EXTERNAL MODULE: ./src/report/verdict.ts
var verdict = __nccwpck_require__(687);
;// CONCATENATED MODULE: ./src/report/build.ts
// Builds the JSON report (schemaVersion 1): merges per-run findings that share a fingerprint (unless the rule keeps
// them per run), numbers them C-n / W-n / I-n in report order, and sums the counts.





const MAX_EVIDENCE_PER_FINDING = 5;
function fingerprintOf(rule, key) {
    const canonical = JSON.stringify(Object.keys(key)
        .sort()
        .map((k) => [k, key[k]]));
    return (0,external_node_crypto_.createHash)('sha256').update(`${rule}\u0000${canonical}`).digest('hex').slice(0, 16);
}
const RULE_ORDER = new Map(rules/* RULES */.y0.map((r, i) => [r.meta.id, i]));
function buildReport(runs, raw, options) {
    const merged = new Map();
    let order = 0;
    for (const r of raw) {
        const rule = (0,rules/* ruleById */.BD)(r.rule);
        const fingerprint = r.fingerprint ?? fingerprintOf(r.rule, r.key);
        const mergeKey = rule?.meta.perRun ? `${fingerprint}\u0000${r.run}` : `${fingerprint}\u0000${r.severity}`;
        const existing = merged.get(mergeKey);
        if (!existing) {
            merged.set(mergeKey, {
                id: '',
                rule: r.rule,
                severity: r.severity,
                title: r.title,
                ...(r.message ? { message: r.message } : {}),
                ...(r.minRuns !== undefined ? { minRuns: r.minRuns } : {}),
                runs: [r.run],
                count: r.count,
                details: r.details,
                evidence: r.evidence.slice(0, MAX_EVIDENCE_PER_FINDING),
                fingerprint,
                recommendation: r.recommendation,
                order: order++,
            });
            continue;
        }
        if (!existing.runs.includes(r.run))
            existing.runs.push(r.run);
        existing.count += r.count;
        const lowerBound = existing.details.lowerBound === true || r.details.lowerBound === true;
        existing.details = rule?.mergeDetails ? rule.mergeDetails(existing.details, r.details) : existing.details;
        // A count summed with a lower bound is a lower bound (an incomplete JSONL in one of the runs).
        if (lowerBound)
            existing.details = { ...existing.details, lowerBound: true };
        for (const e of r.evidence)
            if (existing.evidence.length < MAX_EVIDENCE_PER_FINDING)
                existing.evidence.push(e);
    }
    // A cross-run finding stays only where it repeats (repeated-filtering: the same item filtered in n runs).
    const findings = [...merged.values()]
        .filter((f) => f.runs.length >= (f.minRuns ?? 1))
        .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        (RULE_ORDER.get(a.rule) ?? 99) - (RULE_ORDER.get(b.rule) ?? 99) ||
        a.order - b.order);
    // Titles and recommendations with numbers are rendered from the merged details, count and runs.
    for (const f of findings) {
        const rule = (0,rules/* ruleById */.BD)(f.rule);
        if (rule?.message)
            f.message = rule.message(f.details, f.count, f.runs.length);
        const recommendation = rule?.recommendation?.(f.details, f.count, f.runs.length);
        if (recommendation !== undefined)
            f.recommendation = recommendation;
    }
    const counters = { critical: 0, warning: 0, info: 0 };
    const prefix = { critical: 'C', warning: 'W', info: 'I' };
    // Secrets are redacted in everything a log could have put in the report (details, titles, excerpts, run names), not
    // only where a renderer looks: the JSON report is written out as it is.
    // The title is the plain text of the redacted message (each value redacted on its own, then the whole).
    const out = findings.map(({ order: _order, minRuns: _minRuns, ...f }) => {
        counters[f.severity]++;
        const clean = (0,sanitize/* redactDeep */.KL)(f);
        return {
            ...clean,
            id: `${prefix[f.severity]}-${counters[f.severity]}`,
            title: (0,sanitize/* redact */.E$)(clean.message && (0,rules/* ruleById */.BD)(f.rule) ? (0,rules/* messageTitle */.eJ)(f.rule, clean.message) : f.title),
        };
    });
    const report = {
        schemaVersion: 1,
        generatedAt: (options.generatedAt ?? new Date()).toISOString(),
        target: options.target,
        window: options.window,
        summary: {
            runs: runs.length,
            runsWithArtifacts: runs.filter((r) => r.coverage !== 'none').length,
            critical: counters.critical,
            warning: counters.warning,
            info: counters.info,
            verdict: (0,verdict/* verdictOf */.Vj)(counters, runs),
        },
        runs: (0,sanitize/* redactDeep */.KL)(runs),
        findings: out,
    };
    if (options.notes && options.notes.length > 0)
        report.notes = (0,sanitize/* redactDeep */.KL)(options.notes);
    report.runFindings = raw.map(runFindingOf);
    return report;
}
/**
 * A run's finding as `runFindings[]` keeps it: redacted as `findings[]` are, the evidence this report could show of it
 * (the first five), and its key only as the fingerprint (as in `findings[]`), so a merge (report/merge.ts) gives what
 * one audit would.
 */
function runFindingOf(r) {
    const { title, evidence, fingerprint, key: _key, ...rest } = r;
    return {
        ...(0,sanitize/* redactDeep */.KL)(rest),
        title: (0,sanitize/* redactInline */.Ne)(title),
        evidence: (0,sanitize/* redactDeep */.KL)(evidence.slice(0, MAX_EVIDENCE_PER_FINDING)),
        fingerprint: fingerprint ?? fingerprintOf(r.rule, r.key),
    };
}


/***/ }),

/***/ 2279:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ dedupeRunResults)
/* harmony export */ });
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(849);

const COVERAGE_RANK = { none: 0, partial: 1, full: 2 };
const findingKey = (f) => `${f.rule}\u0000${f.severity}\u0000${f.fingerprint ?? (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprintOf */ .ax)(f.rule, f.key)}`;
/**
 * The same GitHub run (one numeric run id) given twice is kept once: the best-covered copy stays. Another copy is
 * dropped only when it covers no more and every finding of it is also a finding of the copy kept (its own
 * `evidence-missing` aside); otherwise both stay, so nothing a copy shows is hidden. Ids that are not run ids (folder
 * names) are never merged: two folders called `logs` are two runs. `note` says what was dropped, per run id.
 */
function dedupeRunResults(results, note = (id, n) => `Run ${id} was given ${n} times: audited once.`) {
    const byId = new Map();
    for (const a of results) {
        if (!/^\d+$/.test(a.facts.id))
            continue;
        const list = byId.get(a.facts.id);
        if (list)
            list.push(a);
        else
            byId.set(a.facts.id, [a]);
    }
    const dropped = new Set();
    const notes = [];
    for (const [id, copies] of byId) {
        if (copies.length < 2)
            continue;
        const best = copies.reduce((a, b) => COVERAGE_RANK[b.facts.coverage] > COVERAGE_RANK[a.facts.coverage] ? b : a);
        const bestKeys = new Set(best.findings.map(findingKey));
        let n = 0;
        for (const c of copies) {
            if (c === best)
                continue;
            if (COVERAGE_RANK[c.facts.coverage] > COVERAGE_RANK[best.facts.coverage])
                continue;
            // What the copy found must be found by the kept one too; only its own missing evidence is no loss.
            if (!c.findings.every((f) => f.rule === 'evidence-missing' || bestKeys.has(findingKey(f))))
                continue;
            dropped.add(c);
            n++;
        }
        if (n > 0)
            notes.push(note(id, n + 1));
    }
    return { kept: results.filter((a) => !dropped.has(a)), notes };
}


/***/ }),

/***/ 3303:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ RUN_URL),
/* harmony export */   c: () => (/* binding */ JOB_URL)
/* harmony export */ });
// The only pages the report links from run data, and the form each must have: a run.json or jobs.json in a logs
// folder can say anything (an issue URL would cross-link that issue, a malformed one break the Markdown).
/** An Actions run page (`https://host/owner/repo/actions/runs/123`, or one of its attempts). */
const RUN_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+(?:\/attempts\/\d+)?\/?$/;
/** A job's page (`https://host/owner/repo/actions/runs/123/job/456`), not the API's URL of the job. */
const JOB_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+\/job\/\d+\/?$/;


/***/ }),

/***/ 6104:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q9: () => (/* binding */ parseSuppressions),
/* harmony export */   px: () => (/* binding */ applySuppressions)
/* harmony export */ });
/* unused harmony export matches */
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2973);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(687);
// Accepted findings (the config's `suppressions`): each names findings by fingerprint, or by rule plus detail values,
// with a reason and an expiry date. A suppressed finding leaves the counts, the verdict, the gates, the annotations
// and SARIF, and is listed apart with its reason; after its expiry date it is back. A suppression that expired or
// matched nothing is named in the report, so the list does not rot.


const KEYS = ['fingerprint', 'rule', 'details', 'reason', 'expires'];
/** Validates the config's `suppressions` list; every problem names the entry and what is expected. */
function parseSuppressions(value, knownRules, source = 'config') {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${source}: "suppressions" must be an array`);
    return value.map((entry, i) => {
        const where = `${source}: suppressions[${i}]`;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where} must be an object`);
        const e = entry;
        for (const k of Object.keys(e))
            if (!KEYS.includes(k))
                throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: unknown key "${k}" (accepted: ${KEYS.join(', ')})`);
        const fingerprint = e.fingerprint;
        if (fingerprint !== undefined &&
            (typeof fingerprint !== 'string' || !/^[0-9a-f]{8,64}$/.test(fingerprint)))
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: "fingerprint" must be a finding's fingerprint (hexadecimal, from the JSON report)`);
        const rule = e.rule;
        if (rule !== undefined && (typeof rule !== 'string' || !knownRules.includes(rule)))
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: unknown rule ${JSON.stringify(rule)} (known: ${knownRules.join(', ')})`);
        if (fingerprint === undefined && rule === undefined)
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: name the findings by "fingerprint" or by "rule" (with "details")`);
        const details = e.details;
        if (details !== undefined && (typeof details !== 'object' || details === null || Array.isArray(details)))
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: "details" must be an object of detail values`);
        if (typeof e.reason !== 'string' || e.reason.trim() === '')
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: "reason" must say why the finding is accepted`);
        const expires = e.expires;
        if (typeof expires !== 'string' ||
            !/^\d{4}-\d{2}-\d{2}$/.test(expires) ||
            Number.isNaN(Date.parse(expires)))
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: "expires" must be a date (YYYY-MM-DD): every acceptance ends`);
        return {
            fingerprint: fingerprint ?? null,
            rule: rule ?? null,
            details: details ?? null,
            reason: e.reason.trim().slice(0, 500),
            expires,
        };
    });
}
function valueMatches(actual, expected) {
    if (Array.isArray(actual))
        return actual.some((a) => valueMatches(a, expected));
    if (typeof expected === 'object' && expected !== null) {
        if (typeof actual !== 'object' || actual === null)
            return false;
        return Object.entries(expected).every(([k, v]) => valueMatches(actual[k], v));
    }
    if (actual === null || actual === undefined || typeof actual === 'object')
        return false;
    return String(actual).toLowerCase() === String(expected).toLowerCase();
}
function matches(s, f) {
    if (s.fingerprint !== null && f.fingerprint !== s.fingerprint)
        return false;
    if (s.rule !== null && f.rule !== s.rule)
        return false;
    if (s.details)
        return valueMatches(f.details, s.details);
    return true;
}
function label(s, i) {
    const what = s.fingerprint ? `fingerprint ${s.fingerprint}` : `rule ${s.rule}`;
    return `Suppression ${i + 1} (${what}, "${s.reason.slice(0, 80)}")`;
}
function runStatus(r, findings) {
    const hits = findings.filter((f) => f.runs.includes(r.id));
    if (hits.some((f) => f.severity === 'critical'))
        return 'critical';
    if (hits.some((f) => f.severity === 'warning'))
        return 'warning';
    return r.coverage === 'none' ? 'unaudited' : 'ok';
}
/**
 * The report without the findings an unexpired suppression accepts: ids renumbered, counts, verdict and run statuses
 * recomputed; the accepted ones in `suppressed`, expired and unmatched suppressions in `suppressionNotes`.
 */
function applySuppressions(report, raw, knownRules, now = new Date()) {
    const list = parseSuppressions(raw, knownRules);
    if (list.length === 0)
        return report;
    const today = now.toISOString().slice(0, 10);
    const notes = [];
    const kept = [];
    const suppressed = [];
    const used = new Set();
    for (const f of report.findings) {
        const i = list.findIndex((s) => s.expires >= today && matches(s, f));
        if (i === -1) {
            kept.push(f);
            continue;
        }
        used.add(i);
        suppressed.push({ finding: f, reason: list[i].reason, expires: list[i].expires });
    }
    for (const [i, s] of list.entries()) {
        if (s.expires < today) {
            const back = report.findings.filter((f) => matches(s, f)).map((f) => f.id);
            notes.push(`${label(s, i)} expired on ${s.expires}${back.length ? `: its findings are back (${back.slice(0, 5).join(', ')})` : ''}; renew it or remove it.`);
        }
        else if (!used.has(i))
            notes.push(`${label(s, i)} matched no finding: remove it if the problem is gone.`);
    }
    const counters = { critical: 0, warning: 0, info: 0 };
    const prefix = { critical: 'C', warning: 'W', info: 'I' };
    const findings = kept.map((f) => ({ ...f, id: `${prefix[f.severity]}-${++counters[f.severity]}` }));
    const runs = report.runs.map((r) => ({ ...r, status: runStatus(r, findings) }));
    const out = {
        ...report,
        summary: { ...report.summary, ...counters, verdict: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictOf */ .Vj)(counters, runs) },
        runs,
        findings,
    };
    if (suppressed.length > 0)
        out.suppressed = suppressed.map((s, i) => ({ ...s, finding: { ...s.finding, id: `S-${i + 1}` } }));
    if (notes.length > 0)
        out.suppressionNotes = notes;
    return out;
}


/***/ }),

/***/ 687:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ gate),
/* harmony export */   KY: () => (/* binding */ whyNotAudited),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   WG: () => (/* binding */ notFullyAudited),
/* harmony export */   f1: () => (/* binding */ inconclusiveReason),
/* harmony export */   qX: () => (/* binding */ uncoveredRuns)
/* harmony export */ });
/* harmony import */ var _util_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2701);

/**
 * Runs the audit could not vouch for: coverage partial or none, except a run whose agent never ran (its evidence
 * explains why there are no logs, e.g. the activation rate limit).
 */
function notFullyAudited(r) {
    return r.coverage === 'partial' || (r.coverage === 'none' && r.agentInvoked !== false);
}
/**
 * `findings`: a critical or warning finding. Otherwise `inconclusive` when no run could be audited at all (no run,
 * or every run with coverage none), `incomplete` when some run was not fully audited, else `clean`.
 */
function verdictOf(summary, runs) {
    if (summary.critical + summary.warning > 0)
        return 'findings';
    if (!runs.some((r) => r.coverage !== 'none'))
        return 'inconclusive';
    if (runs.some(notFullyAudited))
        return 'incomplete';
    return 'clean';
}
/** Why a run was not (fully) audited, in a few words (its first coverage note). */
function whyNotAudited(r) {
    return (r.coverageNotes?.[0] ??
        (r.coverage === 'none' ? 'no evidence artifact or log file found' : 'some evidence could not be read'));
}
/** The runs a verdict other than `clean` is about: those not fully audited (for `inconclusive`: every run). */
function uncoveredRuns(report) {
    return report.summary.verdict === 'inconclusive' ? report.runs : report.runs.filter(notFullyAudited);
}
/** Why nothing was audited (verdict `inconclusive`), as one sentence without the run list. */
function inconclusiveReason(report) {
    if (report.runs.length === 0)
        return report.window.from && report.window.to
            ? `no completed agentic run in the audit window (${report.window.from} → ${report.window.to})`
            : 'no run was given, so there was no evidence to read';
    return `no run had evidence that could be read (${report.runs.length} ${report.runs.length === 1 ? 'run' : 'runs'})`;
}
function oneLine(text) {
    return (0,_util_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text).replace(/[\u0000-\u001f\u007f]+/g, ' ');
}
function runList(runs, max = 5) {
    // Run ids and notes come from logs and file names: redacted, on one line, without control characters.
    const shown = runs
        .slice(0, max)
        .map((r) => oneLine(`${r.id} (${r.coverage}: ${whyNotAudited(r)})`).slice(0, 300));
    return shown.join('; ') + (runs.length > max ? `; and ${runs.length - max} more` : '');
}
/**
 * The gate of the CLI (`--fail-on`, `--require-full-coverage`) and the action (`fail-on`, `require-full-coverage`).
 * Findings at or above `failOn` fail with 3. An audit that could not vouch for its runs fails with 4: `inconclusive`
 * whenever a `failOn` level is set, and with `requireFullCoverage` also any run not fully audited.
 */
function gate(report, opts) {
    const { critical, warning } = report.summary;
    const { failOn, requireFullCoverage } = opts;
    if (failOn === 'critical' && critical > 0)
        return { code: 3, reason: `integrity-audit: ${critical} critical finding(s) (fail-on: critical)` };
    if (failOn === 'warning' && critical + warning > 0)
        return {
            code: 3,
            reason: `integrity-audit: ${critical} critical and ${warning} warning finding(s) (fail-on: warning)`,
        };
    const audited = report.runs.some((r) => r.coverage !== 'none');
    if (!audited && (failOn !== 'never' || requireFullCoverage)) {
        const runs = report.runs.length > 0 ? `: ${runList(report.runs)}` : '';
        return {
            code: 4,
            reason: `integrity-audit: verdict inconclusive, nothing was audited (${inconclusiveReason(report)})${runs} (${failOn !== 'never' ? `fail-on: ${failOn}` : 'require-full-coverage'})`,
        };
    }
    const uncovered = report.runs.filter(notFullyAudited);
    if (requireFullCoverage && uncovered.length > 0)
        return {
            code: 4,
            reason: `integrity-audit: ${uncovered.length} run(s) not fully audited: ${runList(uncovered)} (require-full-coverage)`,
        };
    return { code: 0, reason: null };
}


/***/ }),

/***/ 2691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ count),
/* harmony export */   c: () => (/* binding */ listOf)
/* harmony export */ });
// Words for the report's own text: real plurals ("1 run", "2 runs"), never "run(s)".
/** `2 runs`, `1 run`; `many` for irregular plurals (`entries`). */
function count(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** `a`, `a and b`, `a, b and c`. */
function listOf(items, and = 'and') {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}


/***/ }),

/***/ 3062:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LT: () => (/* binding */ describeCalls),
/* harmony export */   OM: () => (/* binding */ inferredParts),
/* harmony export */   oS: () => (/* binding */ CallAttribution),
/* harmony export */   xF: () => (/* binding */ UNNAMED_SERVER)
/* harmony export */ });
/* unused harmony exports isSafeOutputs, inferredNote */
/* harmony import */ var _util_message_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8395);
// Which server each tool call went to (FORMATS.md §7.4), from every source the logs give, and, for the calls whose
// server cannot be known, every server they could have reached (fail closed: a call is never dropped for want of
// attribution evidence). Sources, best first; the first that has any call counts them all (one source per fact):
//   1. backend requests: JSONL `rpc_request` `server_id`, `[rpc] ⟨server⟩→tools/call`, the gateway.md RPC bullet;
//   2. routed-mode requests: `JSON-RPC request parsed: mode=routed:⟨server⟩, method=tools/call` (less `Tool not found`);
//   3. the agent's `MCP tool call request … tool=` lines, mapped to a server by tools.json, by the lines that name a
//      tool with its server (`[DIFC-FILTERED]`, payload `⟨server⟩___⟨tool⟩`, debug `serverID=…, toolName=…`,
//      `tools/call denied`), or by a `⟨server⟩___` prefix on the name itself.
// A call of source 3 that maps to no single server is counted for every server it could have reached (any server but
// safe-outputs) and marked inferred.

/** Placeholder for calls that could have reached a server the logs never name. */
const UNNAMED_SERVER = 'unknown';
/** The safe-outputs server's ids (`safeoutputs` in gh-aw; `safe_outputs` / `safe-outputs` spellings accepted). */
function isSafeOutputs(server) {
    return /^safe[-_]?outputs?$/i.test(server);
}
/** gh-aw safe-output tools that no GitHub MCP server tool shares a name with. */
const SAFE_OUTPUT_ONLY_TOOLS = new Set([
    'noop',
    'missing_tool',
    'missing_data',
    'report_incomplete',
    'upload_asset',
    'push_to_pull_request_branch',
]);
class CallAttribution {
    view;
    source;
    /** Every server the logs name (not the placeholder). */
    knownServers;
    /** A startup list (`Loaded N MCP server(s)`, `Routes:`) or tools.json named every server. */
    completeServerList;
    /** Calls whose server is not known (each counted for every candidate). */
    unattributedCalls;
    tally = new Map();
    toolMap = null;
    constructor(view) {
        this.view = view;
        const known = new Set();
        const complete = new Set();
        for (const e of view.of('ServerNamed'))
            (e.complete ? complete : known).add(e.server);
        // tools.json lists every server whose tools registered, i.e. every server a call could reach (§4.7).
        this.completeServerList = complete.size > 0 || (view.run.tools?.size ?? 0) > 0;
        for (const s of complete)
            known.add(s);
        for (const s of view.servers.keys())
            known.add(s);
        for (const s of view.run.tools?.keys() ?? [])
            known.add(s);
        for (const e of view.of('BackendToolCall'))
            known.add(e.server);
        for (const e of view.of('RoutedToolCall'))
            known.add(e.server);
        for (const e of view.of('ToolServer'))
            known.add(e.server);
        for (const e of view.of('DifcFiltered'))
            known.add(e.server);
        for (const e of view.of('LabelingFailure'))
            if (e.server)
                known.add(e.server);
        known.delete(UNNAMED_SERVER);
        known.delete('');
        this.knownServers = known;
        let unattributed = 0;
        const backend = view.of('BackendToolCall');
        const routed = view.of('RoutedToolCall');
        if (backend.length > 0) {
            this.source = 'backend';
            for (const c of backend) {
                if (c.server === UNNAMED_SERVER || c.server === '') {
                    unattributed++;
                    this.addInferred(this.candidates(null), c.loc);
                }
                else
                    this.add(c.server, 'attributed', c.loc);
            }
        }
        else if (routed.some((r) => r.found)) {
            this.source = 'routed';
            for (const r of routed)
                if (r.found)
                    this.add(r.server, 'attributed', r.loc);
            for (const r of routed) {
                const t = this.tally.get(r.server);
                if (!r.found && t && t.attributed > 0)
                    t.attributed--;
            }
        }
        else {
            const requests = view.of('ToolCallRequest');
            // Without request lines, each call left one response or one error line.
            const calls = requests.length > 0
                ? requests
                : [
                    ...view.of('ToolCallResponse'),
                    ...view.of('ToolCallError').filter((e) => e.source === 'gateway'),
                ];
            this.source = calls.length > 0 ? 'requests' : null;
            for (const c of calls) {
                const servers = this.serversOfTool(c.tool);
                if (servers.length === 1) {
                    this.add(servers[0], 'attributed', c.loc);
                    continue;
                }
                if (servers.length === 0 && SAFE_OUTPUT_ONLY_TOOLS.has(c.tool))
                    continue;
                unattributed++;
                this.addInferred(this.candidates(servers.length > 1 ? servers : null), c.loc);
            }
        }
        this.unattributedCalls = unattributed;
    }
    /** Calls counted for a server. */
    callsTo(server) {
        const t = this.tally.get(server);
        if (!t)
            return { count: 0, attributed: 0, inferred: 0, first: null };
        return {
            count: t.attributed + t.inferred,
            attributed: t.attributed,
            inferred: t.inferred,
            first: t.first,
        };
    }
    /** Servers with any call counted (the placeholder included). */
    serversWithCalls() {
        return [...this.tally.entries()].filter(([, t]) => t.attributed + t.inferred > 0).map(([s]) => s);
    }
    /**
     * Servers a tool belongs to: tools.json (every server listing it), else the lines naming the tool with its server,
     * else a `⟨server⟩___` prefix on the name, else the servers of its canonical name if it is a feature-flag alias.
     */
    serversOfTool(tool) {
        const map = this.tools();
        const hit = map.get(tool);
        if (hit && hit.size > 0)
            return [...hit];
        const i = tool.indexOf('___');
        if (i > 0) {
            const server = tool.slice(0, i);
            const bare = map.get(tool.slice(i + 3));
            if (!bare || bare.has(server))
                return [server];
        }
        // A GitHub MCP feature-flag alias (`list_issues_ff_fields_param`, §8.5) belongs where its canonical tool does.
        const alias = /^(.+?)_ff_[a-z0-9_]+$/.exec(tool);
        const canonical = alias ? map.get(alias[1]) : undefined;
        return canonical ? [...canonical] : [];
    }
    /** Where a call of unknown server could have gone: `among` (ambiguous names) or any server the logs name. */
    candidates(among) {
        if (among) {
            const open = among.filter((s) => !isSafeOutputs(s));
            return open.length > 0 ? open : among.slice(0, 1);
        }
        // A server whose tool list is known (tools.json, not empty) did not expose the tool.
        const listed = this.view.run.tools;
        const open = [...this.knownServers].filter((s) => !isSafeOutputs(s) && !(listed?.get(s)?.size ?? 0));
        if (open.length > 0)
            return open;
        // A startup list or tools.json named every server, and each was ruled out: the call reached none we could audit.
        if (this.completeServerList)
            return [];
        return [UNNAMED_SERVER];
    }
    tools() {
        if (this.toolMap)
            return this.toolMap;
        const map = new Map();
        const put = (tool, server) => {
            let s = map.get(tool);
            if (!s)
                map.set(tool, (s = new Set()));
            s.add(server);
        };
        const listed = this.view.run.tools;
        if (listed)
            for (const [server, names] of listed)
                for (const t of names)
                    put(t, server);
        // Lines that name a tool with its server complete the picture for servers tools.json does not list.
        for (const e of this.view.of('ToolServer'))
            if (!listed?.has(e.server))
                put(e.tool, e.server);
        for (const e of this.view.of('DifcFiltered'))
            if (e.tool && e.server !== UNNAMED_SERVER && !listed?.has(e.server))
                put(e.tool, e.server);
        this.toolMap = map;
        return map;
    }
    add(server, kind, at) {
        let t = this.tally.get(server);
        if (!t)
            this.tally.set(server, (t = { attributed: 0, inferred: 0, first: null }));
        t[kind]++;
        t.first ??= at;
    }
    addInferred(servers, at) {
        for (const s of servers)
            this.add(s, 'inferred', at);
    }
}
/**
 * The sentence the report shows for a finding whose calls were (partly) counted by inference: why (kept under the
 * Markdown's 200-character cap for a detail value).
 */
function inferredNote(view) {
    const why = view.attribution.source === 'backend'
        ? 'the gateway logged these calls with server unknown'
        : 'no JSONL server_id, [rpc] or routed-mode line, tools.json entry or other line names the server of these calls';
    return `${why}, so each is counted for every server it could have reached but safe-outputs`;
}
/**
 * What a finding built on `calls` adds when some were counted by inference: `details.attribution: "inferred"`, the
 * number inferred and the reason (shown in the Markdown), a title suffix and a recommendation prefix. Null when every
 * call was attributed from the logs.
 */
function inferredParts(calls, view) {
    if (calls.inferred === 0)
        return null;
    return {
        details: {
            attribution: 'inferred',
            inferredToolCalls: calls.inferred,
            attributionNote: inferredNote(view),
        },
        titleSuffix: calls.attributed === 0 ? ' (server of the calls inferred)' : ' (server of some calls inferred)',
        recommendation: `The server of ${(0,_util_message_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(calls.inferred, 'call', 'calls')} was inferred, not logged: confirm it from the run's \`rpc-messages.jsonl\` or \`tools.json\` if available.`,
    };
}
/** Tool calls to a server, with the attribution note when their server was inferred. */
function describeCalls(d, what) {
    const n = typeof d.toolCalls === 'number' ? d.toolCalls : 0;
    return [
        (0,_util_message_js__WEBPACK_IMPORTED_MODULE_0__/* .rich */ .td) `Server ${(0,_util_message_js__WEBPACK_IMPORTED_MODULE_0__.c)(d.server)}: ${(0,_util_message_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(n, 'tool call', 'tool calls')} ${what}${d.reason ? ` (${String(d.reason)})` : ''}.`,
        ...(d.attribution === 'inferred'
            ? [
                (0,_util_message_js__WEBPACK_IMPORTED_MODULE_0__/* .rich */ .td) `The server of ${(0,_util_message_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(typeof d.inferredToolCalls === 'number' ? d.inferredToolCalls : 0, 'call', 'calls')} was inferred: ${String(d.attributionNote ?? '')}.`,
            ]
            : []),
    ];
}


/***/ }),

/***/ 1717:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  Iu: () => (/* binding */ RULE_IDS),
  Ce: () => (/* binding */ RULE_SPECS),
  Lo: () => (/* binding */ messageText),
  eJ: () => (/* binding */ messageTitle),
  BD: () => (/* binding */ ruleById)
});

// EXTERNAL MODULE: ./src/util/message.ts
var util_message = __nccwpck_require__(8395);
;// CONCATENATED MODULE: ./src/rules/group.ts
/** The evidence locations one finding keeps. */
const EVIDENCE_PER_FINDING = 3;
/** A number from details (merged findings carry plain JSON), 0 when absent. */
function num(v) {
    return typeof v === 'number' ? v : 0;
}
/** Adds `n` to a count map's entry. */
function bump(map, key, n = 1) {
    map[key] = (map[key] ?? 0) + n;
}
/** A new count map with the entries of both (merging findings' per-tool, per-run, … maps). */
function sumCounts(a, b) {
    const out = { ...asCounts(a) };
    for (const [k, n] of Object.entries(asCounts(b)))
        bump(out, k, n);
    return out;
}
/** A count map from details (plain JSON), empty when absent. */
function asCounts(v) {
    return typeof v === 'object' && v !== null ? v : {};
}
class FindingGroups extends Map {
    /** Counts one occurrence at `loc` under `key` (a new group starts as `init()`) and returns its group. */
    add(key, loc, init) {
        let g = this.get(key);
        if (!g)
            this.set(key, (g = { ...init(), count: 0, evidence: [] }));
        g.count++;
        if (g.evidence.length < EVIDENCE_PER_FINDING)
            g.evidence.push(loc);
        return g;
    }
}
/** Items grouped by key, groups in the order their keys were first seen (the loop several rules wrote by hand). */
function groupBy(items, keyOf) {
    const out = new Map();
    for (const item of items) {
        const k = keyOf(item);
        const list = out.get(k);
        if (list)
            list.push(item);
        else
            out.set(k, [item]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/repeated-filtering.ts
// repeated-filtering: the same item (`issue:owner/repo#12`) filtered for integrity in several runs of one workflow
// within the audit. Items silently missing from the agent's results, run after run, is what people notice: this names
// the item and the fix. A cross-run rule: each run reports the items it filtered (one finding per workflow and item);
// the report builder merges them across runs and keeps those filtered in at least `minRuns` runs.


/** Descriptions that do not name one item (`issue:#unknown`, `resource:⟨tool⟩`, empty). */
function namesAnItem(description) {
    return (/^[a-z-]+:\S+$/.test(description) &&
        !description.includes('#unknown') &&
        !description.startsWith('resource:'));
}
/** The most items one run reports (a run that filtered thousands still merges in bounded memory). */
const MAX_ITEMS_PER_RUN = 1000;
const repeatedFiltering = {
    meta: {
        id: 'repeated-filtering',
        defaultSeverity: 'info',
        title: 'Same item filtered in several runs',
        why: "The integrity filter removed the same item from the agent's results run after run: it is working as configured, but the workflow keeps missing that item, the most common surprise with integrity filtering.",
        fix: 'If the item should reach the agent: add its author to `trusted-users`, have a maintainer add the approval label the policy honours, or lower `min-integrity` for this workflow; if not, nothing to do.',
        messages: {
            default: '`{{item}}` filtered in {{runs}} runs of `{{workflow}}`',
        },
        schema: {
            type: 'object',
            properties: {
                minRuns: {
                    type: 'integer',
                    minimum: 2,
                    default: 2,
                    description: 'reported when the same item is filtered in at least this many runs of one workflow',
                },
            },
            additionalProperties: false,
        },
    },
    check({ run, view, options }) {
        const workflow = run.meta.workflow ?? run.meta.workflowPath ?? '(unknown workflow)';
        const items = new FindingGroups();
        for (const f of view.of('DifcFiltered')) {
            if (!/has lower integrity than agent requires/.test(f.reason) || !namesAnItem(f.description))
                continue;
            if (!items.has(f.description) && items.size >= MAX_ITEMS_PER_RUN)
                continue;
            const g = items.add(f.description, f.loc, () => ({ server: f.server, byTool: {} }));
            bump(g.byTool, f.tool || '(unknown tool)');
        }
        const out = [];
        for (const [item, g] of items) {
            const details = {
                workflow,
                item,
                server: g.server,
                byTool: g.byTool,
                byRun: { [run.meta.id]: g.count },
            };
            out.push({
                message: repeatedFiltering.message(details, g.count, 1),
                key: { workflow, item },
                count: g.count,
                details,
                evidence: g.evidence.slice(0, 1),
                minRuns: options.minRuns,
            });
        }
        return out;
    },
    mergeDetails: (a, b) => ({
        ...a,
        byTool: sumCounts(a.byTool, b.byTool),
        byRun: sumCounts(a.byRun, b.byRun),
    }),
    message: (d, _count, runs) => ({ id: 'default', data: { item: d.item, workflow: d.workflow, runs } }),
    describe: (d, count, runs) => {
        const tools = Object.entries(asCounts(d.byTool)).sort((a, b) => b[1] - a[1]);
        return [
            (0,util_message/* rich */.td) `${(0,util_message.c)(d.item)} was filtered ${(0,util_message/* plural */.LS)(count, 'time', 'times')} in ${runs} runs of ${(0,util_message.c)(d.workflow)} (below the policy's integrity).`,
            (0,util_message/* rich */.td) `Returned by ${tools.slice(0, 5).map(([t, n]) => (0,util_message/* rich */.td) `${(0,util_message.c)(t)} ×${n}`)} on server ${(0,util_message.c)(d.server)}.`,
        ];
    },
};

// EXTERNAL MODULE: ./src/rules/attribution.ts
var attribution = __nccwpck_require__(3062);
;// CONCATENATED MODULE: ./src/rules/guard-bypass.ts

const guardBypass = {
    meta: {
        id: 'guard-bypass',
        defaultSeverity: 'critical',
        title: 'Guard bypass: a server with a guard policy ran unguarded',
        why: 'A guard policy was configured, but the WASM guard did not load, fell back to noop, or enforcement was disabled, and tool calls still reached the backend: DIFC filtering did not happen for those calls.',
        fix: "Treat the agent output of this run as unfiltered. Check the guard load error in mcp-gateway.log, the gateway version and the guard file; re-run once the guard loads (`Registered guard 'github'`).",
        perRun: true,
        messages: { default: 'Guard bypass on server `{{server}}`: `{{reason}}`{{inferred}}' },
    },
    check({ view }) {
        const out = [];
        const disabled = view.enforcementDisabled;
        for (const s of view.servers.values()) {
            if (!s.policy)
                continue;
            const guard = s.registered?.guard ?? null;
            let reason = null;
            const evidence = [s.policy.loc];
            if (disabled) {
                reason = 'guards enforcement disabled';
                evidence.push(disabled.loc);
            }
            else if (guard === 'noop') {
                reason = s.loadFailures[0] ? s.loadFailures[0].reason : "registered guard 'noop'";
                if (s.loadFailures[0])
                    evidence.push(s.loadFailures[0].loc);
                evidence.push(s.registered.loc);
            }
            else if (guard === null && s.loadFailures.length > 0) {
                reason = s.loadFailures[0].reason;
                evidence.push(s.loadFailures[0].loc);
            }
            if (!reason)
                continue;
            const calls = view.toolCallsTo(s.server);
            if (calls.count === 0)
                continue;
            if (calls.first)
                evidence.push(calls.first);
            // Calls of unknown server count here too: a bypass never vanishes for want of attribution evidence.
            const inferred = (0,attribution/* inferredParts */.OM)(calls, view);
            out.push({
                message: { id: 'default', data: { server: s.server, reason, inferred: inferred?.titleSuffix ?? '' } },
                key: { server: s.server, reason: reason.replace(/:.*$/, '') },
                count: calls.count,
                details: { server: s.server, reason, toolCalls: calls.count, ...inferred?.details },
                evidence,
                recommendation: inferred ? `${inferred.recommendation} ${guardBypass.meta.fix}` : undefined,
            });
        }
        return out;
    },
    describe: (d) => (0,attribution/* describeCalls */.LT)(d, 'reached the backend unguarded'),
};

// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __nccwpck_require__(2701);
;// CONCATENATED MODULE: ./src/rules/proxy-fail-open.ts
// proxy-fail-open: the DIFC proxy's Phase 4 (response labeling) failed, so it may have returned the unfiltered body.


const proxyFailOpen = {
    meta: {
        id: 'proxy-fail-open',
        defaultSeverity: 'critical',
        title: 'DIFC proxy response labeling failed (possible fail-open)',
        why: 'When the proxy cannot label a response it falls back to the coarse Phase 2 decision; if that allowed the read, the unfiltered upstream body was returned to the pre-agent step.',
        fix: 'Treat data the pre-agent `gh` steps read through the proxy as unfiltered. Fix the guard error shown in proxy.log and upgrade the gateway.',
        perRun: true,
        messages: {
            default: 'DIFC proxy Phase 4 failed {{count:time:times}}: responses may have been returned unfiltered',
        },
    },
    check({ view }) {
        const failures = view.of('ProxyPhase4Failed');
        if (failures.length === 0)
            return [];
        const causes = [
            ...new Set(failures.map((f) => f.wasm?.cause ?? (0,sanitize/* redact */.E$)(f.message.split('\n')[0]).slice(0, 120))),
        ];
        return [
            {
                message: { id: 'default', data: { count: failures.length } },
                key: {},
                count: failures.length,
                details: { failures: failures.length, causes },
                evidence: failures.slice(0, 5).map((f) => f.loc),
            },
        ];
    },
    describe: (d) => [
        (0,util_message/* rich */.td) `Causes: ${(Array.isArray(d.causes) ? d.causes : []).slice(0, 5).map((x) => (0,util_message.c)(x))}.`,
    ],
};

// EXTERNAL MODULE: ./src/rules/view.ts
var rules_view = __nccwpck_require__(1830);
;// CONCATENATED MODULE: ./src/rules/scope-violation.ts
// scope-violation: data from a repository outside the policy's `repos` reached the agent. Reads the post-filter
// `MCP tool call response … result=` records only, structurally: repositories come from item fields, never free text
// (parsers/tool-result.ts extracts them while parsing, so results are never kept in memory).



/** Tools whose results are GitHub-global or user metadata (labelled `approved:github` / `private:user`). */
const GLOBAL_TOOLS = new Set([
    'get_me',
    'search_users',
    'list_starred_repositories',
    'get_teams',
    'get_team_members',
    'list_global_security_advisories',
    'get_global_security_advisory',
    'list_gists',
    'get_gist',
]);
const scopeViolation = {
    meta: {
        id: 'scope-violation',
        defaultSeverity: 'critical',
        title: 'Out-of-scope repository data reached the agent',
        why: 'A post-filter tool result, the data the agent received, holds items from a repository outside the guard policy `repos`: the integrity filter let out-of-scope data through.',
        fix: 'Treat the run as a data leak: review what the agent did with the data, then report it to the gateway maintainers with the tool and repository. Add the repository to the policy if it is meant to be readable.',
        perRun: true,
        messages: { default: 'Data from out-of-scope repository `{{repo}}` returned by `{{tool}}`' },
    },
    check({ view, config }) {
        const policies = [...view.servers.values()].filter((s) => s.policy && Array.isArray(s.policy.repos));
        if (policies.length === 0)
            return [];
        const hits = new FindingGroups();
        for (const r of view.of('ToolCallResponse')) {
            if (GLOBAL_TOOLS.has(r.tool))
                continue;
            const mapped = view.serverOfTool(r.tool);
            const state = mapped
                ? view.servers.get(mapped)
                : policies.length === 1 && !view.run.tools
                    ? policies[0]
                    : undefined;
            const repos = state?.policy?.repos;
            if (!state || !Array.isArray(repos))
                continue;
            if (r.isError)
                continue;
            for (const repo of r.repos) {
                if ((0,rules_view/* repoCovered */.fz)(repo, repos) || (0,rules_view/* repoCovered */.fz)(repo, config.allowedRepositories))
                    continue;
                hits.add(`${state.server}\u0000${r.tool}\u0000${repo}`, r.loc, () => ({
                    repo,
                    tool: r.tool,
                    server: state.server,
                    policyRepos: repos,
                }));
            }
        }
        const out = [];
        for (const h of hits.values()) {
            out.push({
                message: { id: 'default', data: { repo: h.repo, tool: h.tool } },
                key: { server: h.server, tool: h.tool, repo: h.repo },
                count: h.count,
                details: { repo: h.repo, tool: h.tool, server: h.server, policyRepos: h.policyRepos },
                evidence: h.evidence,
            });
        }
        return out;
    },
    describe: (d) => [
        (0,util_message/* rich */.td) `Server ${(0,util_message.c)(d.server)}, tool ${(0,util_message.c)(d.tool)} returned items of ${(0,util_message.c)(d.repo)}.`,
        (0,util_message/* rich */.td) `The policy allows: ${(Array.isArray(d.policyRepos) ? d.policyRepos : []).slice(0, 10).map((r) => (0,util_message.c)(r))}.`,
    ],
};

;// CONCATENATED MODULE: ./src/rules/wasm-guard-trap.ts


const FUNC_OF_KIND = { response: 'label_response', guard: 'label_resource', session: 'label_agent' };
/** The labeling kind of a client error text (`response labeling failed: …` etc.). */
function kindOfClientError(error) {
    if (error.startsWith('response labeling failed'))
        return 'response';
    if (error.startsWith('guard labeling failed') || error.startsWith('resource labeling failed'))
        return 'guard';
    if (error.startsWith('guard session initialization failed'))
        return 'session';
    return null;
}
const wasmGuardTrap = {
    meta: {
        id: 'wasm-guard-trap',
        defaultSeverity: 'warning',
        title: 'WASM guard trap',
        why: 'The guard panicked or trapped while labeling. Since gateway v0.2.6 the guard is then permanently failed for the process: every later call on that server is refused (fail-closed), so the agent lost its GitHub tools for the rest of the run.',
        fix: 'Report the trap with its stack trace to the guard maintainers (github/gh-aw-mcpg) and upgrade the gateway when a fix ships. The follow-on failures are the calls the agent lost.',
        perRun: true,
        messages: {
            default: 'WASM guard `{{guard}}` trapped in `{{func}}` (`{{cause}}`)',
            refused: 'WASM guard `{{guard}}` trapped in `{{func}}` (`{{cause}}`); {{refused:later call:later calls}} refused',
        },
    },
    check({ view }) {
        const groups = new FindingGroups();
        const add = (guard, func, cause, source, legacy, l) => groups.add([guard, func, cause, source].join('\u0000'), l, () => ({
            guard,
            func,
            cause,
            source,
            legacy,
        }));
        const traps = view.of('WasmTrap');
        for (const t of traps)
            add(t.guard, t.func, t.cause, t.source, false, t.loc);
        // Older gateways logged no trap record: a `wasm error:` inside a labeling failure that no trap covers.
        const covered = (guard) => traps.some((t) => guard === null || t.guard === guard);
        const legacy = view.of('LabelingFailure').filter((f) => f.wasm && !f.afterTrap && !covered(f.guard));
        for (const f of legacy) {
            add(f.guard ?? f.wasm.module ?? f.server ?? 'unknown', FUNC_OF_KIND[f.kind], f.wasm.cause, f.source === 'proxy' ? 'proxy' : 'gateway', true, f.loc);
        }
        if (legacy.length === 0) {
            // No labeling-failure record at all: the client errors are the only trace (one per call).
            const clientOnly = view
                .of('ToolCallError')
                .filter((e) => e.wasm && !e.afterTrapGuard && !covered(e.wasm.module));
            if (view.of('LabelingFailure').length === 0) {
                for (const e of clientOnly) {
                    const kind = kindOfClientError(e.error);
                    if (kind)
                        add(e.wasm.module ?? 'unknown', FUNC_OF_KIND[kind], e.wasm.cause, e.source, true, e.loc);
                }
            }
        }
        // Blast radius: calls refused after the trap, by process (gateway / proxy) and guard; the first trap of a guard
        // poisoned it, so its follow-ons are counted there.
        const followOns = groupBy(view.of('ToolCallError').filter((e) => e.afterTrapGuard), (e) => `${e.source}\u0000${e.afterTrapGuard}`);
        // Since 2026-08-16 each refused guard call also has a debug `callWasmFunction: guard=%s is unavailable after a
        // previous trap` line. It is the same call as its error record, so it counts only where no error record was logged.
        const refusals = new Map([...groupBy(view.of('GuardRefusal'), (r) => `${r.source}\u0000${r.guard}`)].map(([k, rs]) => [
            k,
            rs.map((r) => r.loc),
        ]));
        const out = [];
        const attributed = new Set();
        for (const g of groups.values()) {
            const fk = `${g.source}\u0000${g.guard}`;
            const first = !g.legacy && !attributed.has(fk);
            const refused = first ? (followOns.get(fk) ?? []) : [];
            const debugOnly = first && refused.length === 0 ? (refusals.get(fk) ?? []) : [];
            if (refused.length + debugOnly.length > 0)
                attributed.add(fk);
            const failures = refused.length + debugOnly.length;
            const details = {
                guard: g.guard,
                func: g.func,
                cause: g.cause,
                followOnFailures: failures,
            };
            if (g.legacy)
                details.legacy = true;
            if (g.source === 'proxy')
                details.source = 'proxy';
            const tools = [...new Set(refused.map((r) => r.tool).filter(Boolean))].slice(0, 20);
            if (tools.length > 0)
                details.refusedTools = tools;
            out.push({
                message: {
                    id: failures ? 'refused' : 'default',
                    data: { guard: g.guard, func: g.func, cause: g.cause, refused: failures },
                },
                key: { guard: g.guard, func: g.func, cause: g.cause, source: g.source },
                count: g.count,
                details,
                evidence: [...g.evidence, ...refused.slice(0, 2).map((r) => r.loc), ...debugOnly.slice(0, 2)],
            });
        }
        return out;
    },
    describe: (d) => {
        const tools = Array.isArray(d.refusedTools) ? d.refusedTools : [];
        const refused = num(d.followOnFailures);
        return [
            (0,util_message/* rich */.td) `Guard ${(0,util_message.c)(d.guard)} trapped in ${(0,util_message.c)(d.func)}: ${(0,util_message.c)(d.cause)}${d.source === 'proxy' ? ' (in the DIFC proxy)' : ''}${d.legacy ? ' (an older gateway: no trap record, read from the labeling error)' : ''}.`,
            refused > 0
                ? (0,util_message/* rich */.td) `${(0,util_message/* plural */.LS)(refused, 'later call', 'later calls')} refused${tools.length ? ': ' : ''}${tools.slice(0, 10).map((t) => (0,util_message.c)(t))}.`
                : (0,util_message/* rich */.td) `No later call was refused.`,
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/labeling-failure.ts
// labeling-failure: the guard, response or session labeling failed for a reason other than a trap (fail-closed).




const KIND_LABEL = {
    guard: 'resource labeling',
    response: 'response labeling',
    session: 'session initialisation (label_agent)',
};
const labelingFailure = {
    meta: {
        id: 'labeling-failure',
        defaultSeverity: 'warning',
        title: 'Guard labeling failed',
        why: 'The gateway could not label a resource, a response or the agent session, so the affected tool calls failed (fail-closed): the agent lost data it was entitled to, and the guard or its policy needs attention.',
        messages: {
            default: '{{what}} failed ({{count}}×)',
            guard: '{{what}} failed for guard `{{guard}}` ({{count}}×)',
        },
        fix: "Read the error in the evidence: a policy rejected by label_agent (`error code: -1`) points to the guard policy (see the guard's `FAILED …` line); size or memory errors point to the guard limits; report guard errors to the gateway maintainers.",
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const f of view.of('LabelingFailure')) {
            if (f.wasm || f.afterTrap)
                continue; // traps and their follow-ons belong to wasm-guard-trap
            const template = (0,rules_view/* messageTemplate */.A)(f.message);
            groups.add([f.kind, f.guard ?? '', template].join('\u0000'), f.loc, () => ({
                kind: f.kind,
                guard: f.guard,
                template,
                message: (0,sanitize/* redact */.E$)(f.message.split('\n')[0]).slice(0, 300),
            }));
        }
        const out = [];
        for (const g of groups.values()) {
            out.push({
                message: labelingFailure.message({ kind: g.kind, guard: g.guard }, g.count, 1),
                key: { kind: g.kind, guard: g.guard, template: g.template },
                count: g.count,
                details: { kind: g.kind, guard: g.guard, error: g.message },
                evidence: g.evidence,
            });
        }
        return out;
    },
    message: (d, count) => {
        const what = KIND_LABEL[d.kind] ?? String(d.kind);
        return typeof d.guard === 'string' && d.guard
            ? { id: 'guard', data: { what: cap(what), guard: d.guard, count } }
            : { id: 'default', data: { what: cap(what), count } };
    },
    describe: (d) => [(0,util_message/* rich */.td) `Error: ${(0,util_message.c)(d.error)}`],
};
function cap(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

;// CONCATENATED MODULE: ./src/rules/guard-lookup-failed.ts
// guard-lookup-failed: a guard's enrichment lookups through the host's `call_backend` failed (`<<< call_backend
// FAILED`), so it labelled on less information: without a collaborator permission it falls back to
// `author_association`, and a failed repository visibility lookup counts as private.



/**
 * The reason as the report says it. The gateway's `no GitHub token available` is reworded: a report redacts
 * `token ⟨word⟩` as a possible secret.
 */
function reasonText(reason, code) {
    if (reason === null)
        return `code ${code ?? '?'}, no reason logged`;
    if (/^no GitHub token available\b/.test(reason))
        return 'the gateway had no GitHub token';
    return reason;
}
/** Entries of a count map, most frequent first. */
function ranked(m) {
    return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
const guardLookupFailed = {
    meta: {
        id: 'guard-lookup-failed',
        defaultSeverity: 'warning',
        title: 'Guard labelled on less information (lookups failed)',
        why: "The guard could not look up what it labels with (a user's collaborator permission, a repository's visibility): it fell back to `author_association` and treated repositories of unknown visibility as private, so items a maintainer would have let through may have been filtered, and the filtering of that run rests on coarser labels.",
        messages: {
            default: 'Guard `{{guard}}` labelled on less information: {{failed:lookup:lookups}} failed (`{{tools}}`; `{{reasons}}`); {{filtered:item:items}} filtered in that run',
            runs: 'Guard `{{guard}}` labelled on less information: {{failed:lookup:lookups}} failed (`{{tools}}`; `{{reasons}}`); {{filtered:item:items}} filtered in those {{runs}} runs',
        },
        fix: 'Read the reason: without a GitHub token the gateway skips permission lookups (give the gateway a token, e.g. `GITHUB_MCP_SERVER_TOKEN`); rate limits or backend errors fail visibility lookups. Review the items filtered in the run.',
    },
    check({ view, run }) {
        const failures = view.of('GuardLookupFailed');
        if (failures.length === 0)
            return [];
        const filtered = view.filteredItems;
        const byGuard = new FindingGroups();
        for (const f of failures) {
            const g = byGuard.add(f.guard, f.loc, () => ({ byTool: {}, reasons: {} }));
            bump(g.byTool, f.tool ?? '(unknown lookup)');
            bump(g.reasons, reasonText(f.reason, f.code));
        }
        const out = [];
        for (const [guard, g] of byGuard) {
            const details = {
                guard,
                failed: g.count,
                byTool: g.byTool,
                reasons: g.reasons,
                filteredInRuns: filtered,
                // per run: the failed lookups, and the items that run filtered
                failedByRun: { [run.meta.id]: g.count },
                filteredByRun: { [run.meta.id]: filtered },
            };
            out.push({
                message: guardLookupFailed.message(details, g.count, 1),
                key: { guard },
                count: g.count,
                details,
                evidence: g.evidence,
                recommendation: guardLookupFailed.recommendation(details, g.count, 1),
            });
        }
        return out;
    },
    mergeDetails: (a, b) => {
        const sum = (k) => sumCounts(a[k], b[k]);
        return {
            guard: a.guard,
            failed: num(a.failed) + num(b.failed),
            byTool: sum('byTool'),
            reasons: sum('reasons'),
            filteredInRuns: num(a.filteredInRuns) + num(b.filteredInRuns),
            failedByRun: sum('failedByRun'),
            filteredByRun: sum('filteredByRun'),
        };
    },
    message: (d, _count, runs) => ({
        id: runs > 1 ? 'runs' : 'default',
        data: {
            guard: d.guard,
            failed: num(d.failed),
            tools: ranked(asCounts(d.byTool)).map(([t]) => t),
            reasons: ranked(asCounts(d.reasons))
                .slice(0, 2)
                .map(([r]) => (0,sanitize/* clip */.$Q)(r, 120)),
            filtered: num(d.filteredInRuns),
            runs,
        },
    }),
    describe: (d, _count, runs) => [
        (0,util_message/* rich */.td) `Failed lookups: ${ranked(asCounts(d.byTool)).map(([t, n]) => (0,util_message/* rich */.td) `${(0,util_message.c)(t)} ×${n}`)}.`,
        (0,util_message/* rich */.td) `Reasons: ${ranked(asCounts(d.reasons)).map(([r, n]) => (0,util_message/* rich */.td) `${(0,util_message.c)(r)} ×${n}`)}.`,
        (0,util_message/* rich */.td) `${(0,util_message/* plural */.LS)(num(d.filteredInRuns), 'item', 'items')} filtered in ${runs > 1 ? `those ${runs} runs` : 'that run'}.`,
    ],
    recommendation: (d) => {
        const reasons = Object.keys(asCounts(d.reasons)).join('\n');
        const steps = [];
        if (/no GitHub token/i.test(reasons))
            steps.push('give the gateway a GitHub token (`GITHUB_MCP_SERVER_TOKEN`, `GITHUB_TOKEN` or `GH_TOKEN` in its environment) so the guard can look up collaborator permissions');
        if (/rate limit/i.test(reasons))
            steps.push('the lookups were rate-limited: spread heavy workflows over time or use a token with a larger budget');
        steps.push('review the items filtered in the run: some may have been filtered only because the guard fell back to `author_association` or treated a repository as private');
        const text = steps.join('; ');
        return text.charAt(0).toUpperCase() + text.slice(1) + '.';
    },
};

;// CONCATENATED MODULE: ./src/rules/unscoped-integrity-tag.ts
// unscoped-integrity-tag: a per-item integrity tag is a bare level instead of `level:scope` (FORMATS.md §8.3).


const BARE = new Set(['approved', 'merged', 'unapproved']);
const unscopedIntegrityTag = {
    meta: {
        id: 'unscoped-integrity-tag',
        defaultSeverity: 'warning',
        title: 'Unscoped integrity tag on a filtered item',
        why: "Per-item integrity tags must carry a scope (`approved:owner/repo`); a bare level cannot be matched against the agent's scoped tags, so the guard labelled the item wrongly.",
        messages: {
            one: 'Unscoped integrity tag `{{tags}}` on {{count:item:items}} from `{{tool}}`',
            many: 'Unscoped integrity tags `{{tags}}` on {{count:item:items}} from `{{tool}}`',
        },
        fix: 'Report the tool and item to the guard maintainers; upgrade the gateway (the bare-level labels come from an outdated or broken guard).',
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const f of view.of('DifcFiltered')) {
            const bare = (f.integrityTags ?? []).filter((t) => BARE.has(t));
            if (bare.length === 0)
                continue;
            const g = groups.add(`${f.server}\u0000${f.tool}`, f.loc, () => ({
                server: f.server,
                tool: f.tool,
                tags: new Set(),
            }));
            bare.forEach((t) => g.tags.add(t));
        }
        const out = [];
        for (const g of groups.values()) {
            const tags = [...g.tags].sort();
            out.push({
                message: unscopedIntegrityTag.message({ tool: g.tool, tags }, g.count, 1),
                key: { server: g.server, tool: g.tool },
                count: g.count,
                details: { server: g.server, tool: g.tool, tags },
                evidence: g.evidence,
            });
        }
        return out;
    },
    mergeDetails: (a, b) => ({ ...a, tags: [...new Set([...tagsOf(a), ...tagsOf(b)])].sort() }),
    message: (d, count) => ({
        id: tagsOf(d).length === 1 ? 'one' : 'many',
        data: { tags: tagsOf(d), count, tool: d.tool },
    }),
    describe: (d) => [(0,util_message/* rich */.td) `Server ${(0,util_message.c)(d.server)}, tool ${(0,util_message.c)(d.tool)}: ${tagsOf(d).map((t) => (0,util_message.c)(t))}.`],
};
function tagsOf(d) {
    return Array.isArray(d.tags) ? d.tags.filter((t) => typeof t === 'string') : [];
}

;// CONCATENATED MODULE: ./src/rules/empty-integrity-tags.ts
// empty-integrity-tags: a filtered item carries `null` or empty integrity tags.


const emptyIntegrityTags = {
    meta: {
        id: 'empty-integrity-tags',
        defaultSeverity: 'warning',
        title: 'Filtered item with empty integrity tags',
        why: 'Every labelled item gets at least `none:⟨scope⟩`; `null` means the guard returned no label object and `[]` no integrity at all, so the filter decision rested on a missing label.',
        messages: {
            null: '{{count:filtered item:filtered items}} from `{{tool}}` with `null` integrity tags',
            empty: '{{count:filtered item:filtered items}} from `{{tool}}` with empty integrity tags',
            both: '{{count:filtered item:filtered items}} from `{{tool}}` with `null` or empty integrity tags',
        },
        fix: 'Report the tool and item description to the guard maintainers; check the gateway version.',
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const f of view.of('DifcFiltered')) {
            if (f.integrityTags !== null && f.integrityTags.length > 0)
                continue;
            // A redacted text copy whose tags could not be read: unknown, not empty (a coverage note says so).
            if (f.unparsed && f.integrityTags === null)
                continue;
            const g = groups.add(`${f.server}\u0000${f.tool}`, f.loc, () => ({
                server: f.server,
                tool: f.tool,
                nulls: 0,
                empty: 0,
            }));
            if (f.integrityTags === null)
                g.nulls++;
            else
                g.empty++;
        }
        const out = [];
        for (const g of groups.values()) {
            const count = g.count;
            out.push({
                message: emptyIntegrityTags.message({ tool: g.tool, null: g.nulls, empty: g.empty }, count, 1),
                key: { server: g.server, tool: g.tool },
                count,
                details: { server: g.server, tool: g.tool, null: g.nulls, empty: g.empty },
                evidence: g.evidence,
            });
        }
        return out;
    },
    mergeDetails: (a, b) => ({ ...a, null: num(a.null) + num(b.null), empty: num(a.empty) + num(b.empty) }),
    message: (d, count) => {
        const nulls = num(d.null);
        const empty = num(d.empty);
        return { id: nulls && empty ? 'both' : nulls ? 'null' : 'empty', data: { count, tool: d.tool } };
    },
    describe: (d) => [
        (0,util_message/* rich */.td) `Server ${(0,util_message.c)(d.server)}, tool ${(0,util_message.c)(d.tool)}: ${(0,util_message/* plural */.LS)(num(d.null), 'item', 'items')} with ${(0,util_message.c)('null')} tags, ${(0,util_message/* plural */.LS)(num(d.empty), 'item', 'items')} with empty tags.`,
    ],
};

;// CONCATENATED MODULE: ./src/rules/strict-blocks.ts
const VIOLATION = /^DIFC policy violation: (\d+) of (\d+) items in response are not accessible/;
/** How many records apart the paired records may be (the gateway writes them back to back). */
const NEAR = 50;
function strictBlocksOf(view) {
    const blocks = view.of('StrictBlock');
    const sameCall = new Set();
    if (blocks.length === 0)
        return { blocks: [], sameCall };
    const errors = view.of('ToolCallError').filter((e) => e.source === 'gateway' && VIOLATION.test(e.error));
    const counts = view.of('FilterCount').filter((c) => c.source === 'gateway');
    const usedErrors = new Set();
    const out = [];
    for (const block of blocks) {
        const { file, line } = block.loc;
        let error = null;
        for (const e of errors) {
            if (usedErrors.has(e) || e.loc.file !== file || e.loc.line <= line || e.loc.line > line + NEAR)
                continue;
            const m = VIOLATION.exec(e.error);
            if (Number(m[1]) !== block.filtered || (block.total !== null && Number(m[2]) !== block.total))
                continue;
            if (!error || e.loc.line < error.loc.line)
                error = e;
        }
        if (error)
            usedErrors.add(error);
        let count = null;
        for (const c of counts) {
            if (sameCall.has(c) || c.loc.file !== file || c.loc.line >= line || c.loc.line < line - NEAR)
                continue;
            if (c.filtered !== block.filtered || (block.total !== null && c.total !== block.total))
                continue;
            if (!count || c.loc.line > count.loc.line)
                count = c;
        }
        if (count)
            sameCall.add(count);
        out.push({ block, tool: error ? error.tool : null });
    }
    return { blocks: out, sameCall };
}

;// CONCATENATED MODULE: ./src/rules/over-filtering.ts



const overFiltering = {
    meta: {
        id: 'over-filtering',
        defaultSeverity: 'warning',
        title: 'Over-filtering',
        why: 'Most of what the agent asked for was removed, so it worked from a near-empty view: either the policy is stricter than the workflow needs, or items are labelled lower than they should be.',
        messages: {
            tool: '`{{tool}}`: {{filtered}} of {{total}} items filtered in {{calls:call:calls}}',
            toolStrict: '`{{tool}}`: {{filtered}} of {{total}} items filtered in {{calls:call:calls}}; strict mode withheld {{strict:whole response:whole responses}}',
            run: 'Run filtered {{filtered}} of {{total}} items',
            runStrict: 'Run filtered {{filtered}} of {{total}} items; strict mode withheld {{strict:whole response:whole responses}}',
            runs: '{{runs}} runs filtered {{filtered}} of {{total}} items',
            runsStrict: '{{runs}} runs filtered {{filtered}} of {{total}} items; strict mode withheld {{strict:whole response:whole responses}}',
        },
        schema: {
            type: 'object',
            properties: {
                ratio: {
                    type: 'number',
                    exclusiveMinimum: 0,
                    maximum: 1,
                    default: 0.8,
                    description: 'the share of filtered items (of a call, or of the run) from which it is reported',
                },
                minItems: {
                    type: 'integer',
                    minimum: 1,
                    default: 5,
                    description: 'calls (or runs) with fewer items are not measured',
                },
            },
            additionalProperties: false,
        },
        fix: "Check the filtered items' reasons: if legitimate data is filtered, widen the policy (`repos`, `min-integrity`) or fix the labels; if not, narrow the prompt to what the agent may read.",
    },
    check({ view, options }) {
        const ratio = options.ratio;
        const minItems = options.minItems;
        const out = [];
        const strict = strictBlocksOf(view);
        const counts = view
            .of('FilterCount')
            .filter((c) => !strict.sameCall.has(c))
            .map((c) => ({ tool: c.tool, filtered: c.filtered, total: c.total, strict: false, loc: c.loc }));
        // A strict block without its total (the proxy's debug line) has no share to measure: summary only.
        for (const s of strict.blocks)
            if (s.block.total !== null)
                counts.push({
                    tool: s.tool,
                    filtered: s.block.filtered,
                    total: s.block.total,
                    strict: true,
                    loc: s.block.loc,
                });
        const byTool = new FindingGroups();
        for (const c of counts) {
            if (c.total < minItems || c.filtered / c.total < ratio)
                continue;
            const tool = c.tool ?? '(gateway call)';
            const g = byTool.add(tool, c.loc, () => ({ filtered: 0, total: 0, strictBlocks: 0 }));
            g.filtered += c.filtered;
            g.total += c.total;
            if (c.strict)
                g.strictBlocks++;
        }
        for (const [tool, g] of byTool) {
            const details = { tool, filtered: g.filtered, total: g.total, calls: g.count };
            if (g.strictBlocks > 0)
                details.strictBlocks = g.strictBlocks;
            out.push({
                message: overFiltering.message(details, g.count, 1),
                key: { tool, scope: 'call' },
                count: g.count,
                details,
                evidence: g.evidence,
            });
        }
        if (byTool.size === 0 && counts.length > 0) {
            const filtered = counts.reduce((a, c) => a + c.filtered, 0);
            const total = counts.reduce((a, c) => a + c.total, 0);
            if (total >= minItems && filtered / total >= ratio) {
                const details = { tool: null, filtered, total, calls: counts.length };
                const strictBlocks = counts.filter((c) => c.strict).length;
                if (strictBlocks > 0)
                    details.strictBlocks = strictBlocks;
                out.push({
                    message: overFiltering.message(details, counts.length, 1),
                    key: { tool: '*', scope: 'run' },
                    count: counts.length,
                    details,
                    evidence: counts.slice(0, 3).map((c) => c.loc),
                });
            }
        }
        return out;
    },
    mergeDetails: (a, b) => {
        const out = { ...a };
        for (const k of ['filtered', 'total', 'calls', 'strictBlocks']) {
            if (typeof a[k] === 'number' || typeof b[k] === 'number')
                out[k] = num(a[k]) + num(b[k]);
        }
        return out;
    },
    message: (d, _count, runs) => {
        const strict = num(d.strictBlocks);
        const base = typeof d.tool === 'string' ? 'tool' : runs > 1 ? 'runs' : 'run';
        return {
            id: strict > 0 ? `${base}Strict` : base,
            data: {
                tool: d.tool,
                filtered: num(d.filtered),
                total: num(d.total),
                calls: num(d.calls),
                strict,
                runs,
            },
        };
    },
    describe: (d) => {
        const share = num(d.total) > 0 ? Math.round((100 * num(d.filtered)) / num(d.total)) : 0;
        const strict = num(d.strictBlocks);
        return [
            typeof d.tool === 'string'
                ? (0,util_message/* rich */.td) `${(0,util_message.c)(d.tool)}: ${num(d.filtered)} of ${num(d.total)} items filtered (${share}%) in ${(0,util_message/* plural */.LS)(num(d.calls), 'call', 'calls')}.`
                : (0,util_message/* rich */.td) `${num(d.filtered)} of ${num(d.total)} items filtered (${share}%) in ${(0,util_message/* plural */.LS)(num(d.calls), 'call', 'calls')}.`,
            ...(strict > 0
                ? [(0,util_message/* rich */.td) `Strict mode withheld ${(0,util_message/* plural */.LS)(strict, 'whole response', 'whole responses')}.`]
                : []),
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/difc-not-enforced.ts
// difc-not-enforced: a GitHub MCP server received tool calls unguarded, with no guard policy for it.



const difcNotEnforced = {
    meta: {
        id: 'difc-not-enforced',
        defaultSeverity: 'warning',
        title: 'DIFC not enforced for a GitHub MCP server',
        why: 'The GitHub MCP server answered tool calls with no guard in the path: nothing was filtered by integrity or secrecy. gh-aw applies `min-integrity: approved` automatically to public repositories, so on a gateway with guards this means the policy did not reach the gateway.',
        messages: {
            default: '`{{server}}` ran unguarded for {{count:tool call:tool calls}}: {{note}}{{inferred}}',
            unnamed: 'A server the logs do not name (possibly the GitHub MCP server) ran unguarded for {{count:tool call:tool calls}}: {{note}}{{inferred}}',
        },
        fix: "Set `tools.github.min-integrity` (and `repos`) in the workflow frontmatter, recompile the lock file, and check that the gateway logs `Guard policy:` and `Registered guard 'github'`.",
    },
    check({ view, run, config }) {
        const out = [];
        const disabled = view.enforcementDisabled;
        const candidates = new Set();
        for (const s of view.servers.keys())
            if (view.isGitHubServer(s))
                candidates.add(s);
        for (const c of view.of('BackendToolCall'))
            if (view.isGitHubServer(c.server))
                candidates.add(c.server);
        for (const s of view.attribution.knownServers)
            if (view.isGitHubServer(s))
                candidates.add(s);
        // Calls that could have reached a server the logs never name: that server may be the GitHub one.
        if (view.attribution.callsTo(attribution/* UNNAMED_SERVER */.xF).count > 0)
            candidates.add(attribution/* UNNAMED_SERVER */.xF);
        for (const server of candidates) {
            const state = view.servers.get(server);
            if (state?.policy)
                continue; // with a policy it is guard-bypass
            const guard = view.guardOf(server);
            const unguarded = guard === 'noop' || disabled !== null;
            if (!unguarded)
                continue;
            const calls = view.toolCallsTo(server);
            if (calls.count === 0)
                continue;
            const hasGuards = view.gatewayHasGuards;
            const isPrivate = run.repositoryPrivate === true || config.repositoryVisibility === 'private';
            const version = view.gatewayVersion;
            let severity = 'warning';
            let note;
            if (!hasGuards) {
                severity = 'info';
                note = `gateway ${version ?? '(version unknown)'} predates WASM guards (v0.1.8): not guarded, not a bypass`;
            }
            else if (isPrivate) {
                severity = 'info';
                note = 'private repository: gh-aw applies no automatic integrity policy';
            }
            else {
                note = 'zero DIFC activity where filtering should exist';
            }
            const evidence = [state?.registered?.loc ?? disabled?.loc].filter((l) => !!l);
            if (calls.first)
                evidence.push(calls.first);
            const inferred = (0,attribution/* inferredParts */.OM)(calls, view);
            out.push({
                message: difcNotEnforced.message({ server, note, ...inferred?.details }, calls.count, 1),
                key: {
                    server,
                    variant: severity === 'warning' ? 'unguarded' : !hasGuards ? 'pre-guard-gateway' : 'private-repository',
                },
                count: calls.count,
                details: {
                    server,
                    reason: guard === 'noop' ? "registered guard 'noop'" : 'guards enforcement disabled',
                    gatewayVersion: version,
                    toolCalls: calls.count,
                    note,
                    ...inferred?.details,
                },
                evidence,
                severity,
                recommendation: [
                    inferred?.recommendation,
                    severity === 'info' && !hasGuards
                        ? 'Upgrade the gh-aw compiler (and so the gateway) to get integrity filtering; nothing to fix in this run.'
                        : inferred
                            ? difcNotEnforced.meta.fix
                            : undefined,
                ]
                    .filter((x) => x)
                    .join(' ') || undefined,
            });
        }
        return out;
    },
    mergeDetails: (a, b) => {
        const merged = { ...a, toolCalls: num(a.toolCalls) + num(b.toolCalls) };
        const inferred = num(a.inferredToolCalls) + num(b.inferredToolCalls);
        if (inferred > 0)
            Object.assign(merged, {
                attribution: 'inferred',
                inferredToolCalls: inferred,
                attributionNote: a.attributionNote ?? b.attributionNote,
            });
        return merged;
    },
    message: (d, count) => {
        const inferred = num(d.inferredToolCalls);
        const suffix = d.attribution !== 'inferred'
            ? ''
            : inferred >= count
                ? ' (server of the calls inferred)'
                : ' (server of some calls inferred)';
        return {
            id: d.server === attribution/* UNNAMED_SERVER */.xF ? 'unnamed' : 'default',
            data: { server: d.server, count, note: d.note, inferred: suffix },
        };
    },
    describe: (d) => [
        ...(0,attribution/* describeCalls */.LT)(d, 'went through without DIFC'),
        typeof d.gatewayVersion === 'string'
            ? (0,util_message/* rich */.td) `Gateway version: ${(0,util_message.c)(d.gatewayVersion)}.`
            : (0,util_message/* rich */.td) `Gateway version unknown.`,
    ],
};

;// CONCATENATED MODULE: ./src/rules/direct-api-bypass.ts


const directApiBypass = {
    meta: {
        id: 'direct-api-bypass',
        defaultSeverity: 'warning',
        title: 'Direct API bypass attempt',
        why: 'The agent tried to reach GitHub or an AI service directly (curl, fetch, an SDK) instead of through the MCP gateway, where integrity filtering happens. The firewall stopped it this time; the prompt or the tools let it try.',
        fix: 'Restrict the agent to MCP tools in the prompt (see gh-aw `shared/mcp-api-routing.md`), use `tools.github` (the integrity proxy is built in since gh-aw v0.67.0), and do not add these domains to `network.allowed`.',
        perRun: true,
        messages: { default: 'Direct access to `{{domains}}` blocked {{blocks:time:times}}' },
    },
    check({ run, config }) {
        const fw = run.firewall;
        if (!fw)
            return [];
        const domains = [...fw.domains.values()]
            .filter((d) => d.blocked > 0 && (0,rules_view/* isBypassDomain */.n1)(d.host) && !(0,rules_view/* isExpected */.Dn)(d.host, config.expectedDomains))
            .sort((a, b) => b.blocked - a.blocked || a.host.localeCompare(b.host));
        if (domains.length === 0)
            return [];
        const blocks = domains.reduce((a, d) => a + d.blocked, 0);
        return [
            {
                message: { id: 'default', data: { domains: domains.map((d) => d.host), blocks } },
                key: { domains: domains.map((d) => d.host).join(',') },
                count: blocks,
                details: {
                    domains: domains.map((d) => ({ domain: d.host, blocks: d.blocked, ports: d.ports })),
                    source: fw.source,
                    likelyCause: 'the agent made direct network calls (e.g. curl or an SDK) instead of using the MCP tools',
                },
                evidence: domains
                    .slice(0, 5)
                    .map((d) => fw.firstBlock.get(d.host))
                    .filter(Boolean),
            },
        ];
    },
    describe: (d) => [
        ...(0,rules_view/* describeDomains */.vh)(d.domains),
        ['Likely cause: the agent made direct network calls (curl, an SDK) instead of using its MCP tools.'],
    ],
};

;// CONCATENATED MODULE: ./src/rules/unlabeled-passthrough.ts
// unlabeled-passthrough: the proxy forwarded an unrecognised REST endpoint with empty labels (unfiltered).

/** `/repos/octo/app/actions/caches/12` → `/repos/{owner}/{repo}/actions/caches/{n}` */
function endpointTemplate(path) {
    return path
        .replace(/^\/repos\/[^/]+\/[^/]+/, '/repos/{owner}/{repo}')
        .replace(/^\/(orgs|users)\/[^/]+/, '/$1/{name}')
        .replace(/\/\d+(?=\/|$)/g, '/{n}');
}
const unlabeledPassthrough = {
    meta: {
        id: 'unlabeled-passthrough',
        defaultSeverity: 'warning',
        title: 'Unrecognised REST endpoint forwarded unfiltered',
        why: 'The DIFC proxy did not know the endpoint, so it forwarded the request with no integrity and no secrecy labels: whatever it returned reached the pre-agent step unfiltered.',
        messages: { default: '`{{method}} {{endpoint}}` forwarded with empty labels ({{count}}×)' },
        fix: 'Ask the gateway maintainers to add the endpoint to the proxy route table, or avoid calling it in pre-agent `gh` steps.',
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const e of view.of('UnrecognizedEndpoint')) {
            const template = endpointTemplate(e.path);
            groups.add(`${e.method} ${template}`, e.loc, () => ({ method: e.method, template }));
        }
        const out = [];
        for (const g of groups.values()) {
            out.push({
                message: unlabeledPassthrough.message({ method: g.method, endpoint: g.template }, g.count, 1),
                key: { method: g.method, endpoint: g.template },
                count: g.count,
                details: { method: g.method, endpoint: g.template },
                evidence: g.evidence,
            });
        }
        return out;
    },
    message: (d, count) => ({ id: 'default', data: { method: d.method, endpoint: d.endpoint, count } }),
    describe: () => [],
};

;// CONCATENATED MODULE: ./src/rules/gateway-error.ts
// gateway-error: backend connection/startup failures, configuration and environment validation, mount-policy
// violations, incomplete tool registration, Go panics; grouped by message template.



/** The launch error of a mount-policy violation, as it recurs in that server's failure lines (§7.7). */
const MOUNT_CAUSE = /mount "[^"]*" rejected|container option "[^"]*" rejected by mount policy|invalid mount declaration/;
/**
 * Since 2026-08-07 a startup `Failed to register tools` is not final for a routed `type: http` backend: later requests
 * retry, and a success rewrites tools.json. A backend that tools.json lists with tools, or that received tool calls,
 * registered after all.
 */
function registeredLater(view, server) {
    if ((view.run.tools?.get(server)?.size ?? 0) > 0)
        return true;
    return view.of('BackendToolCall').some((c) => c.server === server);
}
/**
 * The failures of a routed HTTP backend's registration, at startup and at each retry (the retries repeat the
 * connection failures, seen on v0.4.10): not final while the backend may still register.
 */
const LATE_REGISTRATION = new Set([
    'Failed to register tools',
    'All HTTP transports failed',
    'Failed to create HTTP connection',
]);
/** `Tool registration incomplete: %d of %d backends failed: [a b] — …`: the servers, when listed. */
function incompleteServers(message) {
    const m = /backends failed: \[([^\]]*)\]/.exec(message);
    if (!m)
        return null;
    const names = m[1].split(/[\s,]+/).filter((x) => /^[\w.-]+$/.test(x));
    return names.length > 0 ? names : null;
}
/** The gateway errors that stand as failures (recovered and repeated ones dropped, see above). */
function standing(view) {
    const all = view.of('GatewayError');
    const mountServers = new Set(all.filter((e) => e.template === 'Mount policy violation').map((e) => e.server ?? null));
    const register = all.filter((e) => e.template === 'Failed to register tools');
    const recovered = (e) => !!e.server && registeredLater(view, e.server);
    const allRecovered = register.length > 0 && register.every(recovered);
    return all.filter((e) => {
        if (LATE_REGISTRATION.has(e.template) && recovered(e))
            return false;
        if (e.template === 'Tool registration incomplete') {
            const listed = incompleteServers(e.message);
            // Every backend it lists registered later, or failed on the mount policy (that violation is the finding).
            const explained = (s) => registeredLater(view, s) || mountServers.has(s);
            if (listed ? listed.every(explained) : allRecovered)
                return false;
        }
        // The violation is the failure; its launch error repeated in the server's other failure lines is the same one.
        if (e.template !== 'Mount policy violation' &&
            MOUNT_CAUSE.test(e.message) &&
            mountServers.size > 0 &&
            (!e.server || mountServers.has(e.server) || mountServers.has(null)))
            return false;
        return true;
    });
}
const gatewayError = {
    meta: {
        id: 'gateway-error',
        defaultSeverity: 'warning',
        title: 'Gateway error',
        why: 'The gateway or one of its backends failed: the agent may have run without some MCP tools, or the gateway crashed mid-run.',
        messages: { default: '{{template}} ({{count}}×)' },
        fix: 'Read the error in the evidence: backend start failures point to the MCP server image or its token; configuration errors to the compiled lock file; panics should be reported to github/gh-aw-mcpg.',
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const e of standing(view)) {
            const g = groups.add(e.template, e.loc, () => ({
                message: (0,sanitize/* redact */.E$)(e.message.split('\n')[0]).slice(0, 300),
                servers: new Set(),
            }));
            if (e.server)
                g.servers.add(e.server);
        }
        const notReady = view.of('BackendNotReady');
        const out = [];
        for (const [template, g] of groups) {
            const details = { template, message: g.message };
            // Requests refused with 503 while a late-registering HTTP backend was still unregistered (§7.7).
            if (template === 'Failed to register tools') {
                const n = notReady.filter((r) => r.server === null || g.servers.has(r.server)).length;
                if (n > 0)
                    details.notReadyRequests = n;
            }
            out.push({
                message: gatewayError.message({ template }, g.count, 1),
                key: { template },
                count: g.count,
                details,
                evidence: g.evidence,
            });
        }
        return out;
    },
    message: (d, count) => ({ id: 'default', data: { template: d.template, count } }),
    describe: (d) => [
        (0,util_message/* rich */.td) `Error: ${(0,util_message.c)(d.message)}`,
        ...(typeof d.notReadyRequests === 'number'
            ? [
                (0,util_message/* rich */.td) `${(0,util_message/* plural */.LS)(d.notReadyRequests, 'request', 'requests')} refused (503) while a late HTTP backend was not ready.`,
            ]
            : []),
    ],
};

;// CONCATENATED MODULE: ./src/rules/backend-lost.ts



/** The error of a call on a connection to a backend that is gone (go-sdk `ErrConnectionClosed`, a closed pipe). */
function isConnectionLost(error) {
    return /^connection closed\b|^(?:calling "[^"]*": )?client is closing\b|\bbroken pipe\b|\bfile already closed\b/.test(error);
}
const backendLost = {
    meta: {
        id: 'backend-lost',
        defaultSeverity: 'warning',
        title: 'MCP backend lost mid-session',
        why: "The server's backend process exited while the agent was using it; the gateway neither logged the exit nor relaunched it, so every later call to that server failed and the agent worked without those tools for the rest of the run.",
        fix: "Read the backend's last `[stderr]` lines in the gateway log (a crash, an out-of-memory kill, a token that expired); fix the backend or its configuration and rerun. The failed calls are what the agent lost.",
        perRun: true,
        messages: {
            default: 'Backend of `{{server}}` lost after serving {{before:call:calls}}; {{failed:later call:later calls}} failed (`{{error}}`)',
            unknownBefore: 'Backend of `{{server}}` lost; {{failed:later call:later calls}} failed (`{{error}}`)',
        },
    },
    check({ view }) {
        const lostErrors = view
            .of('ToolCallError')
            .filter((e) => e.source === 'gateway' && isConnectionLost(e.error));
        const failures = view.of('BackendCallFailed').filter((f) => isConnectionLost(f.error));
        const lost = (server, failed) => ({
            server,
            failed: failed.map((f) => f.loc),
            error: failed[0].error,
            callsBefore: 0,
        });
        const byServer = new Map();
        if (failures.length > 0) {
            for (const [server, fs] of groupBy(failures, (f) => f.server))
                byServer.set(server, lost(server, fs));
            for (const g of byServer.values())
                g.callsBefore = servedBefore(view.of('BackendToolCall'), g);
        }
        else {
            // Neither the JSONL nor the RPC debug lines: the client error records, by the server of their tool.
            const groups = groupBy(lostErrors, (e) => view.serverOfTool(e.tool) ?? '(unknown server)');
            for (const [server, es] of groups)
                byServer.set(server, lost(server, es));
            for (const g of byServer.values()) {
                const first = g.failed[0];
                g.callsBefore = [...view.of('ToolCallResponse'), ...view.of('ToolCallError')].filter((c) => c.loc.file === first.file &&
                    c.loc.line < first.line &&
                    (g.server === '(unknown server)' || view.serverOfTool(c.tool) === g.server)).length;
            }
        }
        const out = [];
        for (const g of byServer.values()) {
            const failedTools = {};
            for (const e of lostErrors) {
                const server = view.serverOfTool(e.tool);
                if (byServer.size === 1 || server === g.server)
                    bump(failedTools, e.tool);
            }
            const details = {
                server: g.server,
                callsBefore: g.callsBefore,
                failedAfter: g.failed.length,
                error: (0,sanitize/* redact */.E$)(g.error.split('\n')[0]).slice(0, 200),
            };
            if (Object.keys(failedTools).length > 0)
                details.failedTools = failedTools;
            out.push({
                message: backendLost.message(details, g.failed.length, 1),
                key: { server: g.server },
                count: g.failed.length,
                details,
                evidence: g.failed.slice(0, 3),
            });
        }
        return out;
    },
    message: (d, count) => ({
        id: typeof d.callsBefore === 'number' ? 'default' : 'unknownBefore',
        data: { server: d.server, before: d.callsBefore, failed: count, error: (0,sanitize/* clip */.$Q)(String(d.error), 80) },
    }),
    describe: (d) => {
        const tools = Object.entries(asCounts(d.failedTools)).sort((a, b) => b[1] - a[1]);
        return [
            (0,util_message/* rich */.td) `The backend of ${(0,util_message.c)(d.server)} served ${(0,util_message/* plural */.LS)(num(d.callsBefore), 'call', 'calls')}, then ${(0,util_message/* plural */.LS)(num(d.failedAfter), 'later call', 'later calls')} failed with ${(0,util_message.c)(d.error)}.`,
            ...(tools.length
                ? [(0,util_message/* rich */.td) `Calls lost: ${tools.slice(0, 10).map(([t, n]) => (0,util_message/* rich */.td) `${(0,util_message.c)(t)} ×${n}`)}.`]
                : []),
        ];
    },
};
/** Backend `tools/call` requests of the server before its first lost call, without that call's own request. */
function servedBefore(calls, g) {
    const first = g.failed[0];
    const before = calls.filter((c) => c.server === g.server && c.loc.file === first.file && c.loc.line < first.line);
    return Math.max(0, before.length - 1);
}

;// CONCATENATED MODULE: ./src/rules/firewall-block.ts

const firewallBlock = {
    meta: {
        id: 'firewall-block',
        defaultSeverity: 'info',
        title: 'Firewall blocked a destination',
        why: 'The agent firewall denied requests to a destination outside the allowlist. Usually expected (telemetry, optional services); a destination the workflow needs is a missing `network.allowed` entry.',
        messages: { default: '`{{domain}}` blocked' },
        fix: "If the workflow needs the destination, add it to `network.allowed` in the frontmatter; if it is expected, list it in the config's `expectedDomains` to silence this note.",
    },
    check({ run, config }) {
        const fw = run.firewall;
        if (!fw)
            return [];
        const out = [];
        for (const d of fw.domains.values()) {
            if (d.blocked === 0 || (0,rules_view/* isBypassDomain */.n1)(d.host) || (0,rules_view/* isExpected */.Dn)(d.host, config.expectedDomains))
                continue;
            const loc = fw.firstBlock.get(d.host);
            out.push({
                message: { id: 'default', data: { domain: d.host } },
                key: { domain: d.host },
                count: d.blocked,
                details: {
                    domains: [
                        {
                            domain: d.host,
                            blocks: d.blocked,
                            ports: d.ports,
                            ...(d.reasons.length ? { reasons: d.reasons } : {}),
                        },
                    ],
                    source: fw.source,
                },
                evidence: loc ? [loc] : [],
            });
        }
        return out;
    },
    mergeDetails(a, b) {
        const [da] = a.domains;
        const [db] = b.domains;
        const merged = {
            ...da,
            blocks: da.blocks + db.blocks,
            ports: [...new Set([...da.ports, ...db.ports])],
        };
        if (da.reasons || db.reasons)
            merged.reasons = [...new Set([...(da.reasons ?? []), ...(db.reasons ?? [])])];
        return { ...a, domains: [merged] };
    },
    describe: (d) => (0,rules_view/* describeDomains */.vh)(d.domains),
};

;// CONCATENATED MODULE: ./src/rules/activation-rate-limit.ts
// activation-rate-limit: the activation job failed with `API rate limit exceeded for installation`, so the agent
// never ran. Findings of one workflow merge across runs; repeated ones recommend staggering its cron.

const activationRateLimit = {
    meta: {
        id: 'activation-rate-limit',
        defaultSeverity: 'info',
        title: 'Activation job hit the installation rate limit',
        why: "The run's GITHUB_TOKEN shares 1,000 requests/hour with every run in the repository; when it is exhausted the activation job fails and the agent is never invoked, so no MCP traffic and no filtering happened.",
        messages: {
            single: '`{{workflow}}`: activation job rate-limited (agent not invoked)',
            repeated: '`{{workflow}}`: activation job rate-limited in {{runs}} runs (agent not invoked)',
        },
        fix: 'Nothing to fix in the integrity layer. If the same workflow is rate-limited repeatedly, stagger its scheduled cron time away from other agentic workflows.',
    },
    check({ run }) {
        if (!run.activationRateLimit)
            return [];
        const workflow = run.meta.workflow ?? run.meta.workflowPath ?? '(unknown workflow)';
        return [
            {
                message: activationRateLimit.message({ workflow }, 1, 1),
                key: { workflow },
                count: 1,
                details: { workflow },
                evidence: [run.activationRateLimit],
            },
        ];
    },
    // One finding per run: merged ones count the runs.
    mergeDetails: (a, b) => ({ ...a, repeated: repeatedOf(a) + repeatedOf(b) }),
    message: (d, _count, runs) => ({
        id: runs > 1 ? 'repeated' : 'single',
        data: { workflow: d.workflow, runs },
    }),
    describe: (d, _count, runs) => [
        (0,util_message/* rich */.td) `Workflow ${(0,util_message.c)(d.workflow)}: the activation job hit the installation rate limit in ${runs === 1 ? 'one run' : `${runs} runs`}, so the agent never ran.`,
    ],
    recommendation: (_d, _count, runs) => runs > 1
        ? `The same workflow was rate-limited in ${runs} runs: stagger its scheduled cron time away from the other agentic workflows of the repository.`
        : undefined,
};
function repeatedOf(d) {
    return typeof d.repeated === 'number' ? d.repeated : 1;
}

;// CONCATENATED MODULE: ./src/rules/agent-not-invoked.ts
// agent-not-invoked: the agent never ran for a reason other than the activation rate limit.

const agentNotInvoked = {
    meta: {
        id: 'agent-not-invoked',
        defaultSeverity: 'info',
        title: 'Agent not invoked',
        why: 'The run ended before the agent made any MCP call (early exit, skipped agent job, engine failure), so there was nothing to filter.',
        fix: "Check the run's activation and agent jobs if this was unexpected.",
        messages: { default: 'Agent not invoked: {{reason}}' },
    },
    check({ run, facts }) {
        if (facts.agentInvoked !== false || run.activationRateLimit)
            return [];
        const agentJob = run.meta.jobs?.find((j) => j.name === 'agent');
        const reason = run.meta.jobs
            ? !agentJob
                ? 'no agent job'
                : agentJob.conclusion === 'skipped'
                    ? 'agent job skipped'
                    : 'agent produced no output and made no tool call'
            : 'agent produced no output and made no tool call';
        return [
            {
                message: { id: 'default', data: { reason } },
                key: { reason },
                count: 1,
                details: { reason },
                evidence: [],
            },
        ];
    },
    describe: (d) => [(0,util_message/* rich */.td) `Why: ${String(d.reason)}.`],
};

;// CONCATENATED MODULE: ./src/rules/upstream-rate-limit.ts


const LABEL = {
    upstream: 'GitHub rate limit hit through the proxy',
    backend: 'Rate-limited tool results',
    'circuit-breaker': 'Rate-limit circuit breaker opened',
    'guard-lookup': "Guard's repository visibility lookups rate-limited",
    'circuit-breaker-probe': 'Rate-limit circuit breaker released a stranded HALF-OPEN probe',
};
const upstreamRateLimit = {
    meta: {
        id: 'upstream-rate-limit',
        defaultSeverity: 'info',
        title: 'Upstream rate limit',
        why: "GitHub rate-limited the MCP server, the proxy or the guard's own lookups: tool calls were refused or labels may be coarser than usual.",
        messages: { default: '{{what}} ({{count}}×)' },
        fix: 'Infrastructure, not integrity: spread heavy workflows over time or use a token with a larger budget.',
    },
    check({ view }) {
        const groups = new FindingGroups();
        // Calls the breaker refused (`… is OPEN|HALF-OPEN for server %q`, §7.6) are the same fact as its opening; they
        // stand for it only when no OPENED record of that server was logged.
        const opened = new Set(view
            .of('RateLimit')
            .filter((e) => e.kind === 'circuit-breaker')
            .map((e) => e.server));
        const implied = new Map();
        for (const r of view.of('CircuitBreakerRejection'))
            if (!opened.has(r.server) && !implied.has(r.server))
                implied.set(r.server, { type: 'RateLimit', kind: 'circuit-breaker', server: r.server, loc: r.loc });
        for (const e of [...view.of('RateLimit'), ...implied.values()]) {
            const g = groups.add(e.kind, e.loc, () => ({ servers: new Set() }));
            if (e.server)
                g.servers.add(e.server);
        }
        const out = [];
        for (const [kind, g] of groups) {
            out.push({
                message: upstreamRateLimit.message({ kind }, g.count, 1),
                key: { kind },
                count: g.count,
                details: { kind, servers: [...g.servers] },
                evidence: g.evidence,
            });
        }
        return out;
    },
    mergeDetails: (a, b) => ({ ...a, servers: union(a.servers, b.servers) }),
    message: (d, count) => ({
        id: 'default',
        data: { what: LABEL[d.kind] ?? String(d.kind), count },
    }),
    describe: (d) => {
        const servers = union(d.servers, []);
        return servers.length ? [(0,util_message/* rich */.td) `Servers: ${servers.slice(0, 10).map((s) => (0,util_message.c)(s))}.`] : [];
    },
};
function union(a, b) {
    const list = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    return [...new Set([...list(a), ...list(b)])];
}

;// CONCATENATED MODULE: ./src/rules/auth-rejected.ts
// auth-rejected: gateway authentication rejections (the `path=/close` rejection at shutdown is noise).


const authRejected = {
    meta: {
        id: 'auth-rejected',
        defaultSeverity: 'info',
        title: 'Gateway rejected requests',
        why: 'The gateway refused requests for authentication reasons while the agent ran: the agent may not have been able to use that server.',
        messages: { default: '`{{reason}}` on `{{path}}` ({{count}}×)' },
        fix: "Check that the agent's MCP configuration carries the gateway API key (gh-aw sets it); repeated rejections on `/mcp/⟨server⟩` mean that server was unusable.",
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const e of view.of('AuthRejected')) {
            if (e.shutdownNoise)
                continue;
            groups.add(`${e.reason}\u0000${e.path}`, e.loc, () => ({ reason: e.reason, path: e.path }));
        }
        const out = [];
        for (const g of groups.values()) {
            out.push({
                message: authRejected.message({ reason: g.reason, path: g.path }, g.count, 1),
                key: { reason: g.reason, path: g.path },
                count: g.count,
                details: { reason: g.reason, path: g.path },
                evidence: g.evidence,
            });
        }
        return out;
    },
    message: (d, count) => ({ id: 'default', data: { reason: d.reason, path: d.path, count } }),
    describe: (d, count) => [
        (0,util_message/* rich */.td) `${count} ${count === 1 ? 'request' : 'requests'} to ${(0,util_message.c)(d.path)} rejected: ${(0,util_message.c)(d.reason)}.`,
    ],
};

;// CONCATENATED MODULE: ./src/rules/evidence-missing.ts
// evidence-missing: a run's artifacts were expired, missing, refused or unreadable, so it was not (fully) audited.


const evidenceMissing = {
    meta: {
        id: 'evidence-missing',
        defaultSeverity: 'info',
        title: 'Evidence missing',
        why: "Part or all of the run's evidence could not be read, so the audit cannot vouch for it: a missing finding here is not a clean result.",
        messages: {
            none: 'Run not audited: `{{note}}`',
            partial: 'Run partially audited: `{{note}}`',
        },
        fix: 'Audit runs within the artifact retention period (the `activation` artifact is kept 1 day), and check the notes for refused or unreadable archives.',
    },
    check({ run, facts }) {
        if (facts.coverage === 'full')
            return [];
        if (run.activationRateLimit || facts.agentInvoked === false)
            return [];
        const partial = run.notes.filter((n) => n.partial);
        const kind = facts.coverage === 'none' && partial.length === 0 ? 'missing' : (partial[0]?.kind ?? 'unreadable');
        const reasons = partial.length > 0
            ? partial.slice(0, 10).map((n) => `${n.file}: ${n.reason}`)
            : ['no evidence artifact or log file found'];
        return [
            {
                // The note names an archive or file and an error: log text, so it goes in a code span like every value.
                message: {
                    id: facts.coverage === 'none' ? 'none' : 'partial',
                    data: { note: (0,sanitize/* clip */.$Q)(reasons[0], 200) },
                },
                key: { coverage: facts.coverage, kind },
                count: 1,
                details: { coverage: facts.coverage, kind, notes: reasons },
                evidence: [],
            },
        ];
    },
    describe: (d) => {
        const notes = Array.isArray(d.notes) ? d.notes.map(String) : [];
        return [
            (0,util_message/* rich */.td) `Coverage: ${String(d.coverage)} (${String(d.kind)}).`,
            ...notes.slice(0, 10).map((n) => (0,util_message/* rich */.td) `Not read: ${(0,util_message.c)(n)}`),
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/difc-filtering-summary.ts
// difc-filtering-summary: normal filtering: how many items were filtered, by server, tool and reason; and the
// strict-mode blocks (whole responses withheld because some of their items violate the policy), by tool and run.



function reasonClass(reason) {
    if (/has lower integrity than agent requires/.test(reason))
        return 'integrity';
    if (/has secrecy requirements that agent doesn't meet/.test(reason))
        return 'secrecy';
    if (/lacks required integrity to write|cannot be written to/.test(reason))
        return 'write';
    return 'other';
}
const difcFilteringSummary = {
    meta: {
        id: 'difc-filtering-summary',
        defaultSeverity: 'info',
        title: 'DIFC filtering summary',
        why: 'Items below the policy were removed before they reached the agent (in strict mode, the whole response that held them was withheld): the integrity layer working as intended.',
        fix: 'Nothing to do. Review the reasons if the counts change sharply.',
        messages: {
            filtered: '{{filtered:item:items}} filtered',
            strict: 'Strict mode withheld {{blocks:whole response:whole responses}} of `{{tools}}` ({{violating}}{{ofItems}} {{noun}} violated the policy){{inRuns}}',
            both: '{{filtered:item:items}} filtered; strict mode withheld {{blocks:whole response:whole responses}} of `{{tools}}` ({{violating}}{{ofItems}} {{noun}} violated the policy){{inRuns}}',
        },
    },
    check({ view, run }) {
        const items = view.of('DifcFiltered');
        const proxy = view.of('FilterCount').filter((c) => c.source === 'proxy');
        const filtered = view.filteredItems;
        const strict = strictBlocksOf(view).blocks;
        if (filtered === 0 && strict.length === 0)
            return [];
        const byServer = {};
        const byTool = {};
        const byReason = {};
        for (const i of items) {
            bump(byServer, i.server);
            bump(byTool, i.tool || '(unknown)');
            bump(byReason, reasonClass(i.reason));
        }
        for (const c of proxy) {
            if (c.filtered === 0)
                continue;
            bump(byServer, 'proxy', c.filtered);
            bump(byTool, c.tool ?? '(proxy)', c.filtered);
            bump(byReason, 'proxy', c.filtered);
        }
        const details = { filtered, byServer, byTool, byReason };
        let violating = 0;
        if (strict.length > 0) {
            const s = { blocks: 0, violating: 0, items: 0, byTool: {}, byRun: {} };
            for (const b of strict) {
                s.blocks++;
                s.violating += b.block.filtered;
                s.items = s.items === null || b.block.total === null ? null : s.items + b.block.total;
                bump(s.byTool, b.tool ?? '(unknown tool)');
                bump(s.byRun, run.meta.id);
            }
            violating = s.violating;
            details.strict = s;
        }
        return [
            {
                message: difcFilteringSummary.message(details, filtered + violating, 1),
                key: {},
                count: filtered + violating,
                details,
                evidence: [...items.slice(0, 2).map((i) => i.loc), ...strict.slice(0, 2).map((b) => b.block.loc)],
            },
        ];
    },
    mergeDetails: (a, b) => mergeFilteringDetails(a, b),
    message: (d) => {
        const filtered = num(d.filtered);
        const s = strictOf(d.strict);
        if (!s)
            return { id: 'filtered', data: { filtered } };
        const runs = Object.keys(s.byRun).length;
        const items = s.items === null ? s.violating : s.items;
        return {
            id: filtered > 0 ? 'both' : 'strict',
            data: {
                filtered,
                blocks: s.blocks,
                tools: Object.keys(s.byTool).sort().slice(0, 5),
                violating: s.violating,
                ofItems: s.items === null ? '' : ` of ${s.items}`,
                noun: items === 1 ? 'item' : 'items',
                inRuns: runs > 1 ? ` in ${runs} runs` : '',
            },
        };
    },
    describe: (d) => {
        const out = [];
        const ranked = (v) => Object.entries(asCounts(v))
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, 12);
        if (num(d.filtered) > 0) {
            out.push((0,util_message/* rich */.td) `${(0,util_message/* plural */.LS)(num(d.filtered), 'item', 'items')} filtered.`);
            out.push((0,util_message/* rich */.td) `By server: ${ranked(d.byServer).map(([k, n]) => (0,util_message/* rich */.td) `${(0,util_message.c)(k)} ×${n}`)}.`);
            out.push((0,util_message/* rich */.td) `By tool: ${ranked(d.byTool).map(([k, n]) => (0,util_message/* rich */.td) `${(0,util_message.c)(k)} ×${n}`)}.`);
            out.push((0,util_message/* rich */.td) `By reason: ${ranked(d.byReason).map(([k, n]) => (0,util_message/* rich */.td) `${REASON_TEXT[k] ?? k} ×${n}`)}.`);
        }
        const s = strictOf(d.strict);
        if (s) {
            out.push((0,util_message/* rich */.td) `Strict mode withheld ${(0,util_message/* plural */.LS)(s.blocks, 'whole response', 'whole responses')}: ${(0,util_message/* plural */.LS)(s.violating, 'item', 'items')} violated the policy${s.items === null ? '' : ` of ${s.items}`}; by tool: ${ranked(s.byTool).map(([k, n]) => (0,util_message/* rich */.td) `${(0,util_message.c)(k)} ×${n}`)}.`);
        }
        return out;
    },
};
/** The reason classes as people read them. */
const REASON_TEXT = {
    integrity: 'integrity below the policy',
    secrecy: 'secrecy the agent may not read',
    write: 'write not allowed',
    proxy: 'filtered by the DIFC proxy',
    other: 'other reasons',
};
/** `details.strict` when it has its shape. */
function strictOf(v) {
    if (typeof v !== 'object' || v === null)
        return undefined;
    const s = v;
    const isMap = (m) => typeof m === 'object' && m !== null && !Array.isArray(m);
    return typeof s.blocks === 'number' && typeof s.violating === 'number' && isMap(s.byTool) && isMap(s.byRun)
        ? s
        : undefined;
}
/** Merging across runs: sums the counts and the per-server, per-tool and per-reason maps, and the strict blocks. */
function mergeFilteringDetails(a, b) {
    const out = { filtered: a.filtered + b.filtered };
    for (const k of ['byServer', 'byTool', 'byReason'])
        out[k] = sumCounts(a[k], b[k]);
    const sa = strictOf(a.strict);
    const sb = strictOf(b.strict);
    if (sa || sb) {
        const s = { blocks: 0, violating: 0, items: 0, byTool: {}, byRun: {} };
        for (const x of [sa, sb]) {
            if (!x)
                continue;
            s.blocks += x.blocks;
            s.violating += x.violating;
            s.items = s.items === null || x.items === null ? null : s.items + x.items;
            s.byTool = sumCounts(s.byTool, x.byTool);
            s.byRun = sumCounts(s.byRun, x.byRun);
        }
        out.strict = s;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/index.ts























const RULES = [
    guardBypass,
    proxyFailOpen,
    scopeViolation,
    wasmGuardTrap,
    labelingFailure,
    guardLookupFailed,
    unscopedIntegrityTag,
    emptyIntegrityTags,
    overFiltering,
    difcNotEnforced,
    directApiBypass,
    unlabeledPassthrough,
    gatewayError,
    backendLost,
    firewallBlock,
    activationRateLimit,
    agentNotInvoked,
    upstreamRateLimit,
    authRejected,
    evidenceMissing,
    repeatedFiltering,
    difcFilteringSummary,
];
const RULE_IDS = RULES.map((r) => r.meta.id);
function ruleById(id) {
    return RULES.find((r) => r.meta.id === id);
}
/** What the config file is checked against: each rule's id and the schema of its options. */
const RULE_SPECS = RULES.map((r) => ({ id: r.meta.id, schema: r.meta.schema }));
/** A finding's message as rich text (plain parts and code), from its rule's template; null for an unknown message. */
function messageText(rule, message) {
    const template = message ? ruleById(rule)?.meta.messages[message.id] : undefined;
    return template === undefined || !message ? null : (0,util_message/* formatMessage */.hw)(template, message.data);
}
/** The plain text of a finding's message (the JSON report's `title`). */
function messageTitle(rule, message) {
    const text = messageText(rule, message);
    if (!text)
        throw new Error(`rule ${rule} has no message "${message.id}"`);
    return (0,util_message/* toPlain */.Ul)(text);
}


/***/ }),

/***/ 1830:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ messageTemplate),
/* harmony export */   Dn: () => (/* binding */ isExpected),
/* harmony export */   Jj: () => (/* binding */ RunView),
/* harmony export */   fz: () => (/* binding */ repoCovered),
/* harmony export */   n1: () => (/* binding */ isBypassDomain),
/* harmony export */   vh: () => (/* binding */ describeDomains)
/* harmony export */ });
/* unused harmony exports compareVersions, domainMatches, BYPASS_DOMAINS */
/* harmony import */ var _util_message_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8395);
/* harmony import */ var _attribution_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3062);


class RunView {
    run;
    byType = new Map();
    servers = new Map();
    constructor(run) {
        this.run = run;
        for (const e of run.events) {
            let list = this.byType.get(e.type);
            if (!list)
                this.byType.set(e.type, (list = []));
            list.push(e);
        }
        const state = (server) => {
            let s = this.servers.get(server);
            if (!s)
                this.servers.set(server, (s = { server, policy: null, registered: null, loadFailures: [] }));
            return s;
        };
        for (const p of this.of('GuardPolicy'))
            state(p.server).policy = p;
        for (const r of this.of('GuardRegistered')) {
            const s = state(r.server);
            if (!s.registered || !r.legacy || s.registered.legacy)
                s.registered = r;
        }
        for (const f of this.of('GuardLoadFailure'))
            if (f.server)
                state(f.server).loadFailures.push(f);
    }
    of(type) {
        return (this.byType.get(type) ?? []);
    }
    /**
     * Items filtered in the run (`difc.filtered`): the per-item records from their one source (collect chooses it),
     * plus the proxy's `DIFC filtered n/m` counts (the proxy writes no per-item records).
     */
    get filteredItems() {
        let n = this.of('DifcFiltered').length;
        for (const c of this.of('FilterCount'))
            if (c.source === 'proxy')
                n += c.filtered;
        return n;
    }
    get gatewayVersion() {
        return this.of('GatewayVersion')[0]?.version ?? null;
    }
    /** Enforcement disabled for the whole gateway (current INFO line, or the v0.1.x stderr line). */
    get enforcementDisabled() {
        return this.of('EnforcementDisabled')[0] ?? null;
    }
    /** Whether the gateway is a version that has guards (v0.1.8+, or it logs a guard-era line). */
    get gatewayHasGuards() {
        if (this.of('GuardsCapable').length > 0)
            return true;
        const v = this.gatewayVersion;
        return v !== null && compareVersions(v, 'v0.1.8') >= 0;
    }
    attributionCache = null;
    /** Which server each tool call went to, from every source the logs give (rules/attribution.ts). */
    get attribution() {
        return (this.attributionCache ??= new _attribution_js__WEBPACK_IMPORTED_MODULE_0__/* .CallAttribution */ .oS(this));
    }
    /**
     * Server a tool belongs to: tools.json (the first server listing it), else the lines naming the tool with its
     * server; null when unknown or ambiguous.
     */
    serverOfTool(tool) {
        const tools = this.run.tools;
        if (tools)
            for (const [server, names] of tools)
                if (names.has(tool))
                    return server;
        const servers = this.attribution.serversOfTool(tool);
        return servers.length === 1 ? servers[0] : null;
    }
    /**
     * Tool calls a server received: backend requests (JSONL, `[rpc]`, gateway.md), else routed-mode requests, else the
     * agent's requests mapped to servers; calls of unknown server are counted for every server they could have reached
     * (`inferred`).
     */
    toolCallsTo(server) {
        return this.attribution.callsTo(server);
    }
    /** GitHub MCP servers: `github` by id, or servers with a guard policy (only the GitHub guard takes one). */
    isGitHubServer(server) {
        return /github/i.test(server) || this.servers.get(server)?.policy != null;
    }
    /** Final guard of a server: 'noop', a guard name, or null when nothing was logged. */
    guardOf(server) {
        return this.servers.get(server)?.registered?.guard ?? null;
    }
}
/** Compares `v0.1.8`-style versions; unparsable versions compare as equal. */
function compareVersions(a, b) {
    const pa = a
        .replace(/^v/, '')
        .split(/[.-]/)
        .map((x) => parseInt(x, 10));
    const pb = b
        .replace(/^v/, '')
        .split(/[.-]/)
        .map((x) => parseInt(x, 10));
    for (let i = 0; i < 3; i++) {
        const x = pa[i] ?? 0;
        const y = pb[i] ?? 0;
        if (Number.isNaN(x) || Number.isNaN(y))
            return 0;
        if (x !== y)
            return x - y;
    }
    return 0;
}
/** Domain label-suffix match: `api.github.com` matches `github.com`; `githubcopilot.com` does not. */
function domainMatches(host, pattern) {
    const h = host.toLowerCase().replace(/\.$/, '');
    const p = pattern.toLowerCase().replace(/^\*\./, '');
    if (pattern.startsWith('*.'))
        return h.endsWith('.' + p);
    return h === p || h.endsWith('.' + p);
}
/** Repository scope match for policy `repos` entries: exact, `owner/*`, `owner/prefix*` (case-insensitive). */
function repoCovered(repo, entries) {
    const r = repo.toLowerCase();
    for (const raw of entries) {
        const e = raw.toLowerCase();
        if (e === 'all')
            return true;
        if (e.endsWith('*')) {
            if (r.startsWith(e.slice(0, -1)))
                return true;
        }
        else if (e === r)
            return true;
    }
    return false;
}
/** Normalises a message into a template: numbers, quoted strings and hex ids become placeholders. */
function messageTemplate(message, max = 160) {
    return message
        .split('\n')[0]
        .replace(/"[^"]*"|'[^']*'/g, '"…"')
        .replace(/\b[0-9a-f]{12,}\b/gi, '⟨id⟩')
        .replace(/\d+(\.\d+)?/g, 'N')
        .slice(0, max);
}
/** GitHub and the AI services: reached directly, not through the gateway (direct-api-bypass, firewall-block). */
const BYPASS_DOMAINS = ['github.com', 'openai.com', 'chatgpt.com'];
function isBypassDomain(host) {
    return BYPASS_DOMAINS.some((d) => domainMatches(host, d));
}
function isExpected(host, expected) {
    return expected.some((e) => (e.startsWith('*.') ? domainMatches(host, e) : host === e));
}
/** Firewall details for people: `api.github.com` ×2 (443), one line per destination, its reasons after it. */
function describeDomains(v) {
    const list = Array.isArray(v) ? v : [];
    const lines = list.slice(0, 10).map((d) => {
        const ports = Array.isArray(d.ports) ? d.ports.map(String) : [];
        const reasons = Array.isArray(d.reasons) ? d.reasons.map(String) : [];
        return (0,_util_message_js__WEBPACK_IMPORTED_MODULE_1__/* .rich */ .td) `${(0,_util_message_js__WEBPACK_IMPORTED_MODULE_1__.c)(d.domain)} ×${typeof d.blocks === 'number' ? d.blocks : '?'}${ports.length ? ` (${ports.join(', ')})` : ''}${reasons.length ? ': ' : ''}${reasons.slice(0, 3).map((r) => (0,_util_message_js__WEBPACK_IMPORTED_MODULE_1__.c)(r))}`;
    });
    if (list.length > 10)
        lines.push((0,_util_message_js__WEBPACK_IMPORTED_MODULE_1__/* .rich */ .td) `and ${list.length - 10} more ${list.length - 10 === 1 ? 'destination' : 'destinations'}`);
    return lines;
}


/***/ }),

/***/ 5677:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ artifactRank),
/* harmony export */   Q4: () => (/* binding */ artifactBase),
/* harmony export */   h0: () => (/* binding */ isDockerBuildArtifact),
/* harmony export */   id: () => (/* binding */ isEvidenceArtifact)
/* harmony export */ });
// Artifact names across gh-aw eras (FORMATS.md §1.6) and the `workflow_call` hash prefix.
const EVIDENCE_ARTIFACTS = [
    'agent',
    'agent-artifacts',
    'firewall-audit-logs',
    'activation',
    'info',
    'usage',
    'mcp-logs',
    'squid-logs',
    'aw_info.json',
    'aw-info',
    'agent-stdio.log',
    'agent-stdio-log',
];
/** Preference order when the same logical file is in several artifacts (FORMATS.md §1.7). */
const ORDER = ['agent', 'agent-artifacts', 'firewall-audit-logs'];
/** Base name of an artifact, without the `workflow_call` hash prefix (`⟨hash⟩-agent` → `agent`). */
function artifactBase(name) {
    if (/(^|-)firewall-logs-/.test(name))
        return 'firewall-logs';
    for (const base of EVIDENCE_ARTIFACTS) {
        if (name === base || name.endsWith('-' + base))
            return base;
    }
    return name;
}
/** Artifacts that can hold audit evidence; the others (prompt, safe outputs, detection, caches) are skipped. */
function isEvidenceArtifact(name) {
    const base = artifactBase(name);
    return EVIDENCE_ARTIFACTS.includes(base) || base === 'firewall-logs';
}
function isDockerBuildArtifact(name) {
    return name.endsWith('.dockerbuild');
}
function artifactRank(artifact) {
    if (artifact === null)
        return 0;
    const i = ORDER.indexOf(artifactBase(artifact));
    return i === -1 ? ORDER.length + 1 : i + 1;
}


/***/ }),

/***/ 3051:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bN: () => (/* binding */ SLOT_BYTES),
  wh: () => (/* binding */ callingThreadInflater),
  vX: () => (/* binding */ inflateInCallingThread),
  mm: () => (/* binding */ inflateThread)
});

// UNUSED EXPORTS: SLOTS, stopInflateThread

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/sources/inflate-worker.ts
/**
 * The thread's program. `makeInflater` is entry-inflater.ts's makeEntryInflater, passed in as source text too (see
 * inflate-thread.ts): the one way entries are read and inflated, here and in the calling thread.
 */
function inflateWorkerMain(makeInflater) {
    const { parentPort } = process.getBuiltinModule('node:worker_threads');
    const fs = process.getBuiltinModule('node:fs');
    const zlib = process.getBuiltinModule('node:zlib');
    const port = parentPort;
    const inflater = makeInflater(fs, zlib);
    const entries = new Map();
    const close = (e) => {
        entries.delete(e.id);
        inflater.close(e.src);
    };
    const send = (m) => port.postMessage(m);
    const post = (e) => {
        send({ id: e.id, slot: e.cur, len: e.fill });
        e.busy[e.cur] = true;
        e.cur = (e.cur + 1) % e.slots.length;
        e.fill = 0;
    };
    /** The entry is complete: its last bytes, then its end. */
    const done = (e) => {
        if (e.fill > 0)
            post(e);
        close(e);
        send({ id: e.id, end: true });
        return false;
    };
    /** Fills the current slot one step further; false when the entry waits for a free slot or is finished. */
    const step = (e) => {
        if (e.busy[e.cur])
            return false;
        const slot = e.slots[e.cur];
        e.fill += inflater.fill(e.src, slot, e.fill, slot.length - e.fill);
        if (e.src.done)
            return done(e);
        if (e.fill === slot.length)
            post(e);
        return true;
    };
    let scheduled = false;
    const schedule = () => {
        if (scheduled)
            return;
        scheduled = true;
        setImmediate(pump);
    };
    /** A few steps per entry, then back to the event loop for the main thread's acks. */
    function pump() {
        scheduled = false;
        for (const e of [...entries.values()]) {
            try {
                for (let k = 0; k < 8 && step(e); k++)
                    ;
            }
            catch (err) {
                close(e);
                send({ id: e.id, error: err instanceof Error ? err.message : String(err) });
            }
        }
        for (const e of entries.values())
            if (!e.busy[e.cur])
                return schedule();
    }
    const open = (m) => {
        let src;
        try {
            src = inflater.open(m.path, m.start, m.size, m.method);
        }
        catch (err) {
            return send({ id: m.id, error: err instanceof Error ? err.message : String(err) });
        }
        const slots = Array.from({ length: m.slots }, (_, k) => Buffer.from(m.memory, k * m.slotBytes, m.slotBytes));
        entries.set(m.id, { id: m.id, src, slots, busy: slots.map(() => false), cur: 0, fill: 0 });
    };
    if (inflater.problem !== null) {
        send({ unsupported: inflater.problem });
        port.close();
        return;
    }
    port.on('message', (m) => {
        if (m.op === 'open')
            open(m);
        else {
            const e = entries.get(m.id);
            if (e && m.op === 'ack')
                e.busy[m.slot] = false;
            else if (e)
                close(e);
        }
        schedule();
    });
    send({ ready: true });
}

// EXTERNAL MODULE: ./src/util/heap.ts
var heap = __nccwpck_require__(1540);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/sources/entry-inflater.ts
// One zip entry's compressed bytes read and inflated a step at a time, synchronously, into memory the caller gives:
// the inflate thread's slots (inflate-worker.ts), or the calling thread's own buffer when every core already
// analyses (zip.ts). Nothing is allocated per step.
//
// The inflate thread runs this as source text (`new Worker(source, { eval: true })`, see inflate-worker.ts), so the
// function must not refer to anything outside itself: Node's modules are its arguments.
function makeEntryInflater(fs, zlib) {
    /** Compressed bytes read per step. */
    const INPUT_BYTES = 64 * 1024;
    const { Z_FINISH, Z_NO_FLUSH } = zlib.constants;
    const nativeOf = (z) => {
        const inner = z;
        const native = inner._handle;
        const state = inner._writeState;
        if (typeof native?.writeSync !== 'function' || !(state instanceof Uint32Array))
            throw new Error('node:zlib has no synchronous handle');
        return { native: native, state };
    };
    const selfCheck = () => {
        try {
            const text = Buffer.from('integrity-audit inflate self-check\n'.repeat(400));
            const packed = zlib.deflateRawSync(text);
            const z = zlib.createInflateRaw();
            z.on('error', () => undefined);
            const { native, state } = nativeOf(z);
            const out = Buffer.alloc(text.length + 64);
            native.writeSync(Z_FINISH, packed, 0, packed.length, out, 0, out.length);
            const made = out.length - state[0];
            const ok = !z.errored && state[1] === 0 && out.subarray(0, made).equals(text);
            z.close();
            return ok ? null : 'node:zlib inflated the self-check wrongly';
        }
        catch (err) {
            return err instanceof Error ? err.message : String(err);
        }
    };
    const open = (path, start, size, method) => {
        const fd = fs.openSync(path, 'r');
        const e = {
            fd,
            pos: start,
            end: start + size,
            input: Buffer.allocUnsafe(INPUT_BYTES),
            inOff: 0,
            inAvail: 0,
            eof: size === 0,
            done: false,
            zs: null,
            native: null,
            state: null,
        };
        if (method === 8) {
            const zs = zlib.createInflateRaw();
            zs.on('error', () => undefined); // read from `errored` after each step
            e.zs = zs;
            Object.assign(e, nativeOf(zs));
        }
        return e;
    };
    const fill = (e, out, off, room) => {
        if (e.inAvail === 0 && !e.eof) {
            const want = Math.min(INPUT_BYTES, e.end - e.pos);
            const got = want > 0 ? fs.readSync(e.fd, e.input, 0, want, e.pos) : 0;
            if (want > 0 && got === 0)
                throw new Error('archive ends inside an entry (truncated)');
            e.pos += got;
            e.inOff = 0;
            e.inAvail = got;
            if (e.pos >= e.end)
                e.eof = true;
        }
        let made;
        if (!e.native) {
            // Stored: copied as it is.
            made = Math.min(e.inAvail, room);
            e.input.copy(out, off, e.inOff, e.inOff + made);
            e.inOff += made;
            e.inAvail -= made;
        }
        else {
            e.native.writeSync(e.eof ? Z_FINISH : Z_NO_FLUSH, e.input, e.inOff, e.inAvail, out, off, room);
            // A zlib error (bad data, data ending early) destroys the stream at once, with zlib's message.
            if (e.zs.errored)
                throw e.zs.errored;
            const outLeft = e.state[0];
            const inLeft = e.state[1];
            made = room - outLeft;
            const used = e.inAvail - inLeft;
            e.inOff += used;
            e.inAvail = inLeft;
            // Output space left and nothing taken: the deflate stream has ended (bytes after it are not content).
            if (outLeft > 0 && made === 0 && used === 0 && e.inAvail > 0) {
                e.done = true;
                return 0;
            }
        }
        // Output space left after all the input: the entry is complete.
        if (made < room && e.eof && e.inAvail === 0)
            e.done = true;
        return made;
    };
    const close = (e) => {
        try {
            fs.closeSync(e.fd);
        }
        catch {
            // already closed
        }
        e.zs?.close();
    };
    return { problem: selfCheck(), open, fill, close };
}

;// CONCATENATED MODULE: ./src/sources/inflate-thread.ts
// Zip entries inflated on a second core. Inflating is about as much CPU as parsing (2 GB of logs: 1.1 s and 1.3 s),
// and through zlib's asynchronous streams the two hardly overlap: each 256 KiB step of the thread pool waits until
// the main thread, busy parsing, comes back to schedule the next, and each step hands over a fresh buffer for the
// collector (2 GB zipped: 2.7–2.9 s where the same files on disk take 1.7 s). Here one thread reads and inflates
// every entry straight into shared memory, slot after slot, while the main thread parses the slots already filled:
// 2 GB zipped in 2.2–2.5 s (npm run bench), with nothing allocated per chunk on either side.
//
// Per entry: the main thread lends `SLOTS` slots of shared memory; the thread fills one, posts its number and
// length, and goes on with the next free one; the main thread parses the slot in place, then hands it back (ack).
// Without the thread (it could not start, this Node's zlib lacks what it relies on, it failed three times, or
// INTEGRITY_AUDIT_INFLATE_THREAD=0) the caller inflates in its own thread as before; INTEGRITY_AUDIT_INFLATE_THREAD=1
// makes the thread required (for tests: a fallback would give the same report).






const SLOTS = 4;
const SLOT_BYTES = 256 * 1024;
/** Young generation of the thread (MB): it allocates almost nothing. */
const YOUNG_MB = 2;
/** After this many thread failures in one process, entries are inflated in the calling thread. */
const MAX_FAILURES = 3;
/** Shared memory of finished entries, lent again to the next ones. */
const spareMemory = [];
class InflateThread {
    ready;
    /** Why this Node cannot run the thread, when it said so. */
    unsupported = null;
    worker;
    readers = new Map();
    nextId = 0;
    /** Stopped by us (terminate, unsupported): not a failure. */
    stopping = false;
    stopped = false;
    /** `onFailure`: the thread stopped on its own (crashed, exited); it is not used again. */
    constructor(onFailure) {
        this.worker = new external_node_worker_threads_.Worker(`(${inflateWorkerMain.toString()})(${makeEntryInflater.toString()})`, {
            eval: true,
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
        });
        this.worker.once('online', heap/* reapplyHeapBounds */.lD);
        let settle = () => undefined;
        this.ready = new Promise((resolve) => (settle = resolve));
        this.worker.on('message', (m) => {
            if ('ready' in m) {
                settle(true);
                this.idleCheck();
            }
            else if ('unsupported' in m) {
                this.unsupported = m.unsupported;
                this.stopping = true;
                settle(false);
            }
            else
                this.readers.get(m.id)?.onReply(m);
        });
        const stop = (err) => {
            settle(false);
            if (this.stopped)
                return;
            this.stopped = true;
            for (const r of [...this.readers.values()])
                r.fail(err);
            this.readers.clear();
            if (!this.stopping)
                onFailure(err);
        };
        this.worker.on('error', (err) => stop(new Error(`inflate thread failed: ${err.message}`)));
        this.worker.on('exit', (code) => stop(new Error(`inflate thread stopped (exit code ${code})`)));
    }
    /** The thread keeps the process alive only while entries are being read (and while it starts). */
    idleCheck() {
        if (this.readers.size === 0)
            this.worker.unref();
        else
            this.worker.ref();
    }
    send(m) {
        this.worker.postMessage(m);
    }
    /**
     * Feeds the entry's content to `push`, a slot at a time; a slot's memory is reused once `push` returns. When
     * `push` throws, reading stops and the promise fails with that error.
     */
    read(range, push) {
        const id = this.nextId++;
        const memory = spareMemory.pop() ?? new SharedArrayBuffer(SLOTS * SLOT_BYTES);
        const views = Array.from({ length: SLOTS }, (_, k) => Buffer.from(memory, k * SLOT_BYTES, SLOT_BYTES));
        return new Promise((resolve, reject) => {
            const finish = (err) => {
                if (!this.readers.delete(id))
                    return;
                this.idleCheck();
                if (spareMemory.length < 8)
                    spareMemory.push(memory);
                if (err)
                    reject(err);
                else
                    resolve();
            };
            this.readers.set(id, {
                onReply: (m) => {
                    if ('error' in m)
                        return finish(new Error(m.error));
                    if ('end' in m)
                        return finish(null);
                    try {
                        push(views[m.slot].subarray(0, m.len));
                    }
                    catch (err) {
                        this.send({ op: 'cancel', id });
                        return finish(err instanceof Error ? err : new Error(String(err)));
                    }
                    this.send({ op: 'ack', id, slot: m.slot });
                },
                fail: (err) => finish(err),
            });
            this.idleCheck();
            this.send({ op: 'open', id, ...range, memory, slots: SLOTS, slotBytes: SLOT_BYTES });
        });
    }
    async terminate() {
        this.stopping = true;
        await this.worker.terminate();
    }
}
let thread = null;
let failures = 0;
/** Why the thread cannot be used in this process, once known for good. */
let unusable = null;
let lastFailure = '';
/**
 * INTEGRITY_AUDIT_INFLATE_THREAD: `0` never use the thread (zlib's stream in the reading thread), `1` always (fail
 * the read without it), `here`: each reading thread inflates its own entries (what inflateInCallingThread asks for);
 * else when it can.
 */
function mode() {
    const v = process.env.INTEGRITY_AUDIT_INFLATE_THREAD?.trim();
    return v === '0' ? 'never' : v === '1' ? 'always' : v === 'here' ? 'here' : 'auto';
}
/** Whether entries are inflated by the thread that reads them (see inflateInCallingThread). */
let inCallingThread = false;
let callingThread;
/**
 * Entries are inflated by the thread that reads them, synchronously, when the analysing threads already use every
 * core (one worker beside the calling thread on 2–3 cores): an inflate thread for each would put two threads on
 * each core, handing every slot over between them. Set in the calling thread and in each analysis worker.
 */
function inflateInCallingThread(on) {
    inCallingThread = on;
}
/** The inflater of this thread when entries are inflated here (and this Node's zlib allows it), else null. */
function callingThreadInflater() {
    const wanted = mode();
    if (wanted === 'never' || wanted === 'always' || (wanted === 'auto' && !inCallingThread))
        return null;
    if (callingThread === undefined) {
        const inflater = makeEntryInflater((external_node_fs_default()), (external_node_zlib_default()));
        callingThread = inflater.problem === null ? inflater : null;
    }
    return callingThread;
}
/** The inflate thread, started at first use; null when entries are to be inflated in the calling thread. */
async function inflateThread() {
    const wanted = mode();
    if (wanted === 'never' || wanted === 'here')
        return null;
    const t = await startedThread();
    if (t || wanted === 'auto')
        return t;
    throw new Error(`INTEGRITY_AUDIT_INFLATE_THREAD=1, but the inflate thread cannot run: ${unusable ?? lastFailure}`);
}
async function startedThread() {
    // The thread's program takes Node's modules from process.getBuiltinModule (Node 20.16 and later).
    if (typeof process.getBuiltinModule !== 'function')
        unusable ??= 'this Node has no process.getBuiltinModule (20.16 or later has)';
    if (unusable !== null)
        return null;
    if (failures >= MAX_FAILURES) {
        unusable = `it failed ${failures} times (last: ${lastFailure})`;
        return null;
    }
    if (!thread) {
        try {
            const t = new InflateThread((err) => {
                failures++;
                lastFailure = err.message;
                if (thread === t)
                    thread = null;
            });
            thread = t;
        }
        catch (err) {
            unusable = `it could not start (${err instanceof Error ? err.message : String(err)})`;
            return null;
        }
    }
    const t = thread;
    if (await t.ready)
        return t;
    if (t.unsupported !== null)
        unusable = t.unsupported;
    if (thread === t) {
        thread = null;
        await t.terminate();
    }
    return null;
}
/** Stops the inflate thread (it is started again when needed); for tests. */
async function stopInflateThread() {
    const t = thread;
    thread = null;
    await t?.terminate();
}


/***/ }),

/***/ 9765:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Om: () => (/* binding */ runIdFromName),
/* harmony export */   Yn: () => (/* binding */ describeNoRun),
/* harmony export */   cd: () => (/* binding */ discoverRuns),
/* harmony export */   g1: () => (/* binding */ dedupeRuns),
/* harmony export */   ne: () => (/* binding */ pathErrorText),
/* harmony export */   ob: () => (/* binding */ totalBytes),
/* harmony export */   pn: () => (/* binding */ openFileStream),
/* harmony export */   tu: () => (/* binding */ openLocalRun)
/* harmony export */ });
/* unused harmony exports NotARunError, RUN_LAYOUT_HINT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_file_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6137);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(17);
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8313);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5677);
// Local sources: directories of run folders, single run folders and artifact zips (DESIGN.md "CLI").






const RUN_ID_NAME = /^(run-)?\d+$/;
/** A folder named like a run (`run-123`, `gh-aw-copilot-run-21986494867`), never an artifact. */
const RUN_LIKE_NAME = /(^|[-_])(run-)?\d{5,}$/;
const DIRECT_EVIDENCE = new Set([
    'aw_info.json',
    'mcp-logs',
    'sandbox',
    'agent-stdio.log',
    'workflow-logs',
    'proxy-logs',
]);
/** What an artifact folder can hold at its root, in any era (prefixes `tmp/gh-aw/` and `gh-aw/` included). */
const ARTIFACT_ROOT_EVIDENCE = new Set([
    ...DIRECT_EVIDENCE,
    'mcp-gateway.log',
    'rpc-messages.jsonl',
    'access.log',
    'logs',
    'audit',
    'activity',
    'aw-prompts',
    'tmp',
    'gh-aw',
]);
const MAX_FILES_PER_RUN = 100_000;
const SKIP_DIR_NAMES = new Set(['wazero-cache', 'proxy-tls', 'node_modules', '.git']);
/**
 * A folder's entries ([] when it cannot be read). Synchronous, as the stat of each file below: a local folder is
 * listed in microseconds, where each call through the thread pool cost a round trip the audit waited for (2 GB of
 * runs, about 1,000 files: 0.1 s).
 */
function readdirSafe(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/** A folder or zip name that names a run (`123`, `run-123`, `gh-aw-copilot-run-123`), not an artifact. */
function isRunName(name) {
    return !(0,_artifacts_js__WEBPACK_IMPORTED_MODULE_4__/* .isEvidenceArtifact */ .id)(name) && (RUN_ID_NAME.test(name) || RUN_LIKE_NAME.test(name));
}
async function holdsDirectEvidence(dir, names) {
    for (const e of readdirSafe(dir)) {
        if (names.has(e.name))
            return true;
        if (e.isFile() && e.name.endsWith('.zip'))
            return true;
    }
    return false;
}
async function isArtifactFolder(dir) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(dir);
    if (RUN_LIKE_NAME.test(name) || RUN_ID_NAME.test(name))
        return false;
    if ((0,_artifacts_js__WEBPACK_IMPORTED_MODULE_4__/* .isEvidenceArtifact */ .id)(name))
        return true;
    return holdsDirectEvidence(dir, ARTIFACT_ROOT_EVIDENCE);
}
/** The message of a file-system error without the path (the caller names it once). */
function pathErrorText(err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return 'no such file or directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    // Node's `EIO: i/o error, stat '/x'`: the code, the syscall and the path are dropped.
    return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errText */ .V)(err).replace(/^[A-Z]+: /, '');
}
/** A path given on the command line (or as `logs-path`) that is no run location: said in one line, without the path. */
class NotARunError extends Error {
}
/** Classifies one path given on the command line into run locations. */
async function discoverRuns(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(abs);
    if (st.isFile()) {
        if (abs.endsWith('.zip'))
            return [{ kind: 'zip', path: abs }];
        throw new NotARunError('not a folder or a .zip file');
    }
    if (!st.isDirectory())
        throw new NotARunError('not a folder or a .zip file');
    return classifyDir(abs, 0);
}
/** What a run location looks like, for the message about a path that holds none. */
const RUN_LAYOUT_HINT = 'a run folder holds aw_info.json, mcp-logs/, sandbox/, agent-stdio.log, workflow-logs/ or artifact folders or .zip files ' +
    '(what `gh run download <id> --dir D` or `gh aw logs` write); an artifact zip is a .zip downloaded from a run';
/** For a folder that holds no run: what is there, and what a run looks like (one line). */
async function describeNoRun(path) {
    const entries = readdirSafe((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)).sort((a, b) => a.name.localeCompare(b.name));
    const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name + '/');
    const files = entries.filter((e) => !e.isDirectory()).map((e) => e.name);
    const names = [...dirs, ...files];
    const found = names.length === 0
        ? 'the folder is empty'
        : `found ${dirs.length} folder(s) and ${files.length} file(s) (${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}) but no run evidence in them`;
    return `no run found: ${found}; ${RUN_LAYOUT_HINT}`.replace(/[\u0000-\u001f\u007f]/g, '?');
}
/**
 * The same run given twice is audited once: a location given again (the same path, or reached through a symbolic
 * link), or one inside a run folder that is audited already (a run folder given directly and via its parent, an
 * artifact given beside its run), is dropped. The first occurrence keeps its place.
 */
async function dedupeRuns(refs) {
    const real = await Promise.all(refs.map((r) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(r.path).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(r.path))));
    const dirs = real.filter((p, i) => refs[i].kind === 'dir');
    const seen = new Set();
    const out = [];
    for (const [i, ref] of refs.entries()) {
        const p = real[i];
        if (seen.has(p))
            continue;
        if (dirs.some((d) => d !== p && p.startsWith(d.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? d : d + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)))
            continue;
        seen.add(p);
        out.push(ref);
    }
    return out;
}
async function classifyDir(dir, depth) {
    if (await isRunFolder(dir))
        return [{ kind: 'dir', path: dir }];
    if (depth > 6)
        return [];
    const out = [];
    const entries = readdirSafe(dir).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
        if (e.isDirectory() && !SKIP_DIR_NAMES.has(e.name))
            out.push(...(await classifyDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name), depth + 1)));
        else if (e.isFile() && e.name.endsWith('.zip'))
            out.push({ kind: 'zip', path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name) });
    }
    return out;
}
/**
 * One run: named like one, or holding run evidence directly, artifact zips, or artifact folders. A folder that holds
 * runs of its own (folders or zips named like runs) is a folder of runs: a `.zip` beside them is one more run, not an
 * artifact of its neighbours.
 */
async function isRunFolder(dir) {
    if (RUN_ID_NAME.test((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(dir)))
        return true;
    const entries = readdirSafe(dir);
    if (entries.some((e) => DIRECT_EVIDENCE.has(e.name)))
        return true;
    const holdsRuns = entries.some((e) => (e.isDirectory() && isRunName(e.name)) ||
        (e.isFile() && e.name.endsWith('.zip') && isRunName(e.name.slice(0, -4))));
    if (holdsRuns)
        return false;
    if (entries.some((e) => e.isFile() && e.name.endsWith('.zip')))
        return true;
    for (const e of entries) {
        if (e.isDirectory() && (await isArtifactFolder((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name))))
            return true;
    }
    return false;
}
/** Run id from a folder or zip name: the trailing digit group, else the name itself. */
function runIdFromName(name) {
    const stem = name.replace(/\.zip$/, '');
    const m = /(\d+)$/.exec(stem);
    return m ? m[1] : stem;
}
/** Opens a run location as a RunInput (files listed, zips opened lazily). */
async function openLocalRun(ref, options = {}) {
    const limits = options.zipLimits ?? _zip_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ZIP_LIMITS */ .R;
    const notes = [];
    const files = [];
    const closers = [];
    const used = { total: 0 };
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(ref.path);
    const addZip = async (zipPath, label) => {
        const artifact = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(zipPath).replace(/\.zip$/, '');
        if ((0,_artifacts_js__WEBPACK_IMPORTED_MODULE_4__/* .isDockerBuildArtifact */ .h0)(artifact)) {
            notes.push({
                file: label,
                reason: 'skipped: `.dockerbuild` artifact (not a zip archive)',
                partial: false,
            });
            return;
        }
        const z = await (0,_zip_js__WEBPACK_IMPORTED_MODULE_3__/* .readZip */ .u)(zipPath, label, artifact, limits, used);
        files.push(...z.files);
        notes.push(...z.notes);
        closers.push(z.close);
    };
    if (ref.kind === 'zip') {
        await addZip(ref.path, name);
    }
    else {
        await walk(ref.path, '', files, notes, addZip);
    }
    // Files inside an artifact folder get that folder as their artifact (`gh run download` layout).
    for (const f of files) {
        if (f.artifact === null) {
            const top = f.path.split('/')[0];
            if (f.path.includes('/') && ((0,_artifacts_js__WEBPACK_IMPORTED_MODULE_4__/* .isEvidenceArtifact */ .id)(top) || (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactBase */ .Q4)(top) !== top))
                f.artifact = top;
        }
    }
    const meta = { id: runIdFromName(name), workflow: null, branch: null, url: null };
    return {
        meta,
        files,
        notes,
        close: async () => {
            for (const c of closers)
                await c();
        },
    };
}
async function walk(root, rel, files, notes, addZip) {
    const dir = rel ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, rel) : root;
    for (const e of readdirSafe(dir).sort((a, b) => a.name.localeCompare(b.name))) {
        const relPath = rel ? `${rel}/${e.name}` : e.name;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, relPath);
        if (e.isSymbolicLink()) {
            notes.push({ file: relPath, reason: 'skipped: symbolic link', partial: false });
        }
        else if (e.isDirectory()) {
            if (SKIP_DIR_NAMES.has(e.name) || e.name.endsWith('.dockerbuild'))
                continue;
            await walk(root, relPath, files, notes, addZip);
        }
        else if (e.isFile()) {
            if (files.length >= MAX_FILES_PER_RUN) {
                notes.push({
                    file: relPath,
                    reason: `not read: more than ${MAX_FILES_PER_RUN} files in the run`,
                    partial: true,
                });
                return;
            }
            if (e.name.endsWith('.zip') && !rel) {
                try {
                    await addZip(abs, relPath);
                }
                catch (err) {
                    notes.push({
                        file: relPath,
                        reason: `unreadable zip (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errText */ .V)(err)})`,
                        partial: true,
                        kind: 'unreadable',
                    });
                }
                continue;
            }
            let size = null;
            try {
                size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).size;
            }
            catch {
                /* reported when opened */
            }
            files.push({
                path: relPath,
                artifact: null,
                size,
                open: async () => openFileStream(abs),
            });
        }
    }
}
const ZIP_EXPANSION = 5;
/** Total bytes of run locations (file and zip sizes), to decide whether analysis workers pay off. */
function totalBytes(refs) {
    let total = 0;
    // A zip counts for what it inflates to (logs compress about 5–10×).
    const addFile = (path) => {
        try {
            total += (path.endsWith('.zip') ? ZIP_EXPANSION : 1) * (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
        }
        catch {
            /* counts for nothing */
        }
    };
    const walkSize = (dir, depth) => {
        if (depth > 12)
            return;
        for (const e of readdirSafe(dir)) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name);
            if (e.isDirectory())
                walkSize(p, depth + 1);
            else if (e.isFile())
                addFile(p);
        }
    };
    for (const ref of refs) {
        if (ref.kind === 'zip')
            addFile(ref.path);
        else
            walkSize(ref.path, 0);
    }
    return total;
}
/** A file on disk as a stream (see FileStream: the line splitter reads it directly). */
function openFileStream(path) {
    return new _util_file_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .FileStream */ .tf(path);
}


/***/ }),

/***/ 8313:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ DEFAULT_ZIP_LIMITS),
  u: () => (/* binding */ readZip)
});

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __nccwpck_require__(663);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/sources/paths.ts
// Path normalisation shared by the zip and directory sources.
/** `/`-separated, no leading `./`; null for absolute or `..` paths (refused). */
function normalizeEntryPath(name) {
    let p = name.replace(/\\/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p))
        return null;
    const parts = p.split('/').filter((s) => s !== '' && s !== '.');
    if (parts.some((s) => s === '..'))
        return null;
    if (parts.length === 0)
        return null;
    return parts.join('/');
}

// EXTERNAL MODULE: ./src/sources/inflate-thread.ts + 2 modules
var inflate_thread = __nccwpck_require__(3051);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
;// CONCATENATED MODULE: ./src/sources/zip.ts
// Artifact zips: listed with yauzl, their entries streamed straight into the parsers (inflated by the inflate thread
// when there is one), never extracted to disk. A zip may also be given as its bytes (a small download kept in
// memory): the same listing and checks, its entries inflated in this thread.







const DEFAULT_ZIP_LIMITS = {
    maxEntries: 100_000,
    maxEntryBytes: 512 * 1024 * 1024,
    maxTotalBytes: 2 * 1024 * 1024 * 1024,
    maxRatio: 200,
};
/**
 * Names are decoded by readZip (`decodeStrings: false`): yauzl would fail the whole archive at the first unsafe name
 * (`../x`, `/x`), reported as corrupt, and drop the entries after it; readZip refuses that entry and reads on.
 */
function openZip(source) {
    const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true };
    return new Promise((resolve, reject) => {
        const done = (err, zf) => err || !zf ? reject(err ?? new Error('cannot open zip')) : resolve(zf);
        if (typeof source === 'string')
            yauzl.open(source, { ...options, autoClose: false }, done);
        else
            yauzl.fromBuffer(source, options, done);
    });
}
/** A zip's bytes as a Buffer (a worker receives a plain Uint8Array), without copying. */
function asBuffer(data) {
    return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
/**
 * Lists a zip's entries and returns them as lazily opened files. Hostile or over-cap entries are refused with a
 * note; an archive that cannot be read at all yields no files and one note.
 */
async function readZip(zip, label, artifact, limits = DEFAULT_ZIP_LIMITS, usedBytes = { total: 0 }) {
    const notes = [];
    // The inflate thread starts while the archive is listed (its first use waits for it otherwise), unless this thread
    // inflates its entries itself.
    if (typeof zip === 'string' && !(0,inflate_thread/* callingThreadInflater */.wh)())
        (0,inflate_thread/* inflateThread */.mm)().catch(() => undefined);
    const memory = typeof zip === 'string' ? null : asBuffer(zip);
    const zipPath = typeof zip === 'string' ? zip : null;
    let zf;
    try {
        zf = await openZip(memory ?? zipPath);
    }
    catch (err) {
        return {
            files: [],
            notes: [
                {
                    file: label,
                    reason: `not a readable zip archive (${(0,errors/* errText */.V)(err)})`,
                    partial: true,
                    kind: 'not-zip',
                },
            ],
            close: async () => { },
        };
    }
    if (zf.entryCount > limits.maxEntries) {
        zf.close();
        return {
            files: [],
            notes: [
                {
                    file: label,
                    reason: `refused: ${zf.entryCount} entries exceed the cap of ${limits.maxEntries}`,
                    partial: true,
                    kind: 'refused',
                },
            ],
            close: async () => { },
        };
    }
    const files = [];
    // One handle for the entries' data, opened at the first read.
    let handle = null;
    const fh = () => (handle ??= (0,promises_.open)(zipPath, 'r'));
    const prefix = artifact ? artifact + '/' : '';
    await new Promise((resolve) => {
        zf.on('entry', (entry) => {
            const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
            const refuse = (reason) => {
                notes.push({ file: `${label}:${name.slice(0, 200)}`, reason, partial: true, kind: 'refused' });
            };
            if (name.endsWith('/'))
                return zf.readEntry();
            const normalized = normalizeEntryPath(name);
            const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
            if (normalized === null)
                refuse('refused: unsafe entry name (absolute or `..`)');
            else if (mode === 0o120000)
                refuse('refused: symbolic link entry');
            else if ((entry.generalPurposeBitFlag & 0x1) !== 0)
                refuse('refused: encrypted entry');
            else if (entry.uncompressedSize > limits.maxEntryBytes)
                refuse(`refused: ${entry.uncompressedSize} bytes exceed the per-entry cap of ${limits.maxEntryBytes}`);
            else if (entry.uncompressedSize > 1024 * 1024 &&
                entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio)
                refuse(`refused: compression ratio over ${limits.maxRatio}:1 (possible zip bomb)`);
            else if (usedBytes.total + entry.uncompressedSize > limits.maxTotalBytes)
                refuse(`refused: the run's uncompressed total would exceed ${limits.maxTotalBytes} bytes`);
            else {
                usedBytes.total += entry.uncompressedSize;
                files.push({
                    path: prefix + normalized,
                    artifact,
                    size: entry.uncompressedSize,
                    open: () => openEntry(zf, memory ?? { zipPath: zipPath, fh }, entry, limits.maxEntryBytes),
                });
            }
            zf.readEntry();
        });
        zf.on('end', () => resolve());
        zf.on('error', (err) => {
            notes.push({
                file: label,
                reason: `zip truncated or corrupt (${(0,errors/* errText */.V)(err)})`,
                partial: true,
                kind: 'unreadable',
            });
            resolve();
        });
        zf.readEntry();
    });
    return {
        files,
        notes,
        close: async () => {
            zf.close();
            if (handle)
                await (await handle.catch(() => null))?.close().catch(() => undefined);
        },
    };
}
/**
 * Read and inflate in 256 KiB pieces. yauzl's own entry stream reads 16 KiB at a time through three stream stages and
 * inflates in 16 KiB chunks: each piece is a thread-pool round trip, and on a 2 GB corpus the round trips (not the
 * inflating) were half the time. Larger pieces are not better: a 1 MiB chunk outlives the young generation's
 * collections while it is parsed, so it is promoted and freed only by full collections (2 GB zipped: 3.1 s with
 * 1 MiB pieces, 2.7 s with 256 KiB, 2.9 s with 128 KiB).
 */
const PIECE = 256 * 1024;
/** The compressed bytes `[start, end)` of an archive as a stream of large reads. */
function rangeStream(fh, start, end) {
    let pos = start;
    return new external_node_stream_.Readable({
        highWaterMark: PIECE,
        read() {
            if (pos >= end)
                return void this.push(null);
            const n = Math.min(PIECE, end - pos);
            fh.read(Buffer.allocUnsafeSlow(n), 0, n, pos).then(({ bytesRead, buffer }) => {
                if (bytesRead === 0)
                    return this.destroy(new Error('archive ends inside an entry (truncated)'));
                pos += bytesRead;
                this.push(bytesRead === n ? buffer : buffer.subarray(0, bytesRead));
            }, (err) => this.destroy(err));
        },
    });
}
function localHeader(zf, entry) {
    return new Promise((resolve, reject) => zf.readLocalFileHeader(entry, { minimal: true }, (err, header) => err ? reject(err) : resolve(header.fileDataStart)));
}
/**
 * An entry's content as a stream: the compressed range read by `rangeStream`, inflated here (stored entries pass
 * through), and held to its declared size: a header that lies (more or fewer bytes than declared) fails the stream.
 * Nothing is read before the first read. The line splitter reads it directly instead (DirectRead): inflated by the
 * inflate thread when there is one, with the same size checks.
 */
class EntryStream extends external_node_stream_.Transform {
    place;
    /** Bytes of content so far, through the stream or the direct read (one or the other). */
    seen = 0;
    connected = false;
    raw = null;
    constructor(place) {
        super({ readableHighWaterMark: PIECE, writableHighWaterMark: PIECE });
        this.place = place;
        this.on('close', () => this.raw?.destroy());
    }
    /** The error when `seen` bytes so far are more than the header declares (or than the cap), else null. */
    overDeclared(seen) {
        return seen > this.place.declared || seen > this.place.maxBytes
            ? new Error(`entry is larger than its declared ${this.place.declared} bytes`)
            : null;
    }
    /** The error when all `seen` bytes are not what the header declares, else null. */
    notDeclared(seen) {
        return seen === this.place.declared
            ? null
            : new Error(`entry has ${seen} bytes, its header declares ${this.place.declared}`);
    }
    /** The first read connects the compressed bytes (and the inflater) to this stream. */
    _read(size) {
        if (!this.connected) {
            this.connected = true;
            const p = this.place;
            const fail = (e) => this.destroy(e);
            const connect = (raw) => {
                if (this.destroyed)
                    return;
                this.raw = raw;
                raw.on('error', fail);
                const source = p.method === 8 ? raw.pipe((0,external_node_zlib_.createInflateRaw)({ chunkSize: PIECE })) : raw;
                source.on('error', fail);
                source.pipe(this);
            };
            const end = p.dataStart + p.compressedSize;
            if (Buffer.isBuffer(p.archive)) {
                const { archive } = p;
                if (end > archive.length)
                    fail(new Error('archive ends inside an entry (truncated)'));
                else
                    connect(pieces(archive.subarray(p.dataStart, end)));
            }
            else
                p.archive.fh().then((fh) => connect(rangeStream(fh, p.dataStart, end)), fail);
        }
        super._read(size);
    }
    _transform(chunk, _enc, cb) {
        this.seen += chunk.length;
        const err = this.overDeclared(this.seen);
        if (err)
            cb(err);
        else
            cb(null, chunk);
    }
    _flush(cb) {
        cb(this.notDeclared(this.seen));
    }
    async readDirect(push, into) {
        const p = this.place;
        if (Buffer.isBuffer(p.archive) && p.declared <= SYNC_INFLATE_BYTES)
            return this.inflateNow(p.archive, push);
        if (!Buffer.isBuffer(p.archive)) {
            const here = (0,inflate_thread/* callingThreadInflater */.wh)();
            if (here)
                return this.inflateHere(here, p.archive.zipPath, push, into);
        }
        const thread = Buffer.isBuffer(p.archive) ? null : await (0,inflate_thread/* inflateThread */.mm)();
        if (!thread || Buffer.isBuffer(p.archive)) {
            for await (const chunk of this)
                push(chunk);
            return;
        }
        await thread.read({ path: p.archive.zipPath, start: p.dataStart, size: p.compressedSize, method: p.method }, (chunk) => {
            this.seen += chunk.length;
            const err = this.overDeclared(this.seen);
            if (err)
                throw err;
            push(chunk);
        });
        const err = this.notDeclared(this.seen);
        if (err)
            throw err;
    }
    /**
     * The entry inflated in this thread, synchronously: into the consumer's memory when it lends some (`into`, the
     * line scanner's: no copy), else into one reused buffer (see callingThreadInflater) given to `push`. The same
     * steps as the inflate thread's, and the same size checks, a chunk of up to SLOT_BYTES or `into.room` at a time.
     */
    inflateHere(inflater, zipPath, push, into) {
        const p = this.place;
        const src = inflater.open(zipPath, p.dataStart, p.compressedSize, p.method);
        try {
            while (!src.done) {
                const out = into ? into.space() : (hereBuffer ??= Buffer.allocUnsafe(inflate_thread/* SLOT_BYTES */.bN));
                const at = into ? into.offset : 0;
                const room = into ? into.room : out.length;
                let fill = 0;
                while (fill < room && !src.done)
                    fill += inflater.fill(src, out, at + fill, room - fill);
                if (fill === 0)
                    continue;
                this.seen += fill;
                const err = this.overDeclared(this.seen);
                if (err)
                    throw err;
                if (into)
                    into.wrote(fill);
                else
                    push(fill === out.length ? out : out.subarray(0, fill));
            }
        }
        finally {
            inflater.close(src);
        }
        const err = this.notDeclared(this.seen);
        if (err)
            throw err;
    }
    /**
     * A small entry of an archive in memory, inflated in one call: no stream, no thread round trip. Never more than one
     * byte past what the header declares is inflated, and the same size checks hold.
     */
    inflateNow(archive, push) {
        const p = this.place;
        const end = p.dataStart + p.compressedSize;
        if (end > archive.length)
            throw new Error('archive ends inside an entry (truncated)');
        const compressed = archive.subarray(p.dataStart, end);
        let content;
        if (p.method === 0)
            content = compressed;
        else {
            try {
                content = (0,external_node_zlib_.inflateRawSync)(compressed, { maxOutputLength: p.declared + 1 });
            }
            catch (err) {
                if (err.code === 'ERR_BUFFER_TOO_LARGE')
                    throw this.overDeclared(p.declared + 1) ?? err;
                throw err;
            }
        }
        this.seen = content.length;
        const over = this.overDeclared(this.seen);
        if (over)
            throw over;
        const short = this.notDeclared(this.seen);
        if (short)
            throw short;
        if (content.length > 0)
            push(content);
    }
}
/** The calling thread's buffer for the entries it inflates itself (inflateHere): one, reused. */
let hereBuffer;
/** Entries of an archive in memory up to this size are inflated in one call (readDirect); larger ones stream. */
const SYNC_INFLATE_BYTES = 1024 * 1024;
/** Bytes already in memory as a stream of PIECE-sized chunks (views, not copies). */
function pieces(bytes) {
    let at = 0;
    return new external_node_stream_.Readable({
        highWaterMark: PIECE,
        read() {
            if (at >= bytes.length)
                return void this.push(null);
            const n = Math.min(PIECE, bytes.length - at);
            this.push(bytes.subarray(at, at + n));
            at += n;
        },
    });
}
async function openEntry(zf, archive, entry, maxBytes) {
    const method = entry.compressionMethod;
    if (method !== 0 && method !== 8)
        throw new Error(`unsupported compression method: ${method}`);
    return new EntryStream({
        archive,
        dataStart: await localHeader(zf, entry),
        compressedSize: entry.compressedSize,
        method,
        declared: entry.uncompressedSize,
        maxBytes,
    });
}


/***/ }),

/***/ 2391:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ optimizeInNewThreadsThemselves),
/* harmony export */   t_: () => (/* binding */ inlineLess)
/* harmony export */ });
/* unused harmony export INLINE_BUDGET_BYTES */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
// V8's optimizing compiler in an audit in which every core analyses.

/**
 * For an audit in which every core analyses (a worker beside the calling thread on 2-3 cores): the threads started
 * after this call (the analysis workers) optimize their hot functions in their own thread, as V8 does without
 * `--concurrent-recompilation`, instead of queueing them for V8's helper threads. With no core free, a queued
 * compilation waited for a core while its thread went on in slower code, and the helper threads took cores from the
 * analysing threads (`perf`, 2 GB of real traffic, one worker on 2 cores: a sixth of the process's CPU was TurboFan's).
 * V8 reads the flag when it makes an isolate: the calling thread's own isolate, made at start-up, keeps compiling in
 * the background (checked on Node 20). Measured 2026-12-05, 2 GB of real traffic with one worker on 2 cores, medians
 * of alternating runs: see docs/PERFORMANCE.md. The calling thread alone compiles better in the background: it has
 * a core to spare (2 GB without workers: 2.74 -> 2.98 s with the flag from the command line).
 */
function optimizeInNewThreadsThemselves() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--no-concurrent-recompilation');
}
/**
 * The cumulative bytecode V8's optimizing compiler may inline into one function, lowered from V8's 920 bytes to
 * INLINE_BUDGET_BYTES for the whole process (a V8 flag, read at each optimization: set at start-up, it holds for the
 * calling thread and for every thread started later). An audit optimizes a few hundred functions, and inlining the
 * parser chains into their callers made optimizing cost more than it saved: `node --trace-opt` over 2 GB of real
 * traffic, one thread, counted 0.83 s of TurboFan work (`collectEvidence` alone 74 ms, the rules' `check`s 126 ms),
 * on a machine whose other core is busy analysing. Measured 2026-12-05, medians of alternating runs: see
 * docs/PERFORMANCE.md ("A smaller inlining budget").
 */
const INLINE_BUDGET_BYTES = 150;
function inlineLess() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET_BYTES}`);
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ errText)
/* harmony export */ });
// The text of a caught error, as a coverage note or a log line says it.
function errText(err) {
    if (!(err instanceof Error))
        return String(err);
    // Node's file-system errors end with the path (`EACCES: permission denied, open '/abs/run/x.log'`); the note that
    // carries this text names the file already, so the path is dropped rather than said twice.
    if ('path' in err && typeof err.path === 'string' && 'syscall' in err)
        return err.message.replace(/, \w+ '[^']*'( -> '[^']*')?$/, '');
    return err.message;
}


/***/ }),

/***/ 6137:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ CHUNKS_PER_TURN),
/* harmony export */   pF: () => (/* binding */ unreadFilePath),
/* harmony export */   tf: () => (/* binding */ FileStream),
/* harmony export */   vA: () => (/* binding */ READ_CHUNK)
/* harmony export */ });
/* unused harmony export readFileChunks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _settle_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3053);
// Files on disk for the parsers. A FileStream is an ordinary Readable (every parser accepts it), and a DirectRead:
// the line splitter reads it directly, through one reused buffer. Through a stream every chunk is a fresh 256 KiB
// allocation (garbage the collector must find, and RSS until it does), and the parser waits for the thread pool at
// every chunk.



/** Large reads: fewer syscalls and callbacks per MB on the hot path. */
const READ_CHUNK = 256 * 1024;
/** The path of a FileStream nobody has read from yet (its bytes can be read from the file), else null. */
function unreadFilePath(stream) {
    return stream instanceof FileStream && !stream.readableDidRead && !stream.destroyed ? stream.path : null;
}
/** A file read lazily (opened at the first read) in READ_CHUNK reads. */
class FileStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable {
    path;
    fd = -1;
    constructor(path) {
        super({ highWaterMark: READ_CHUNK });
        this.path = path;
    }
    _read() {
        if (this.fd < 0) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.open)(this.path, 'r', (err, fd) => {
                if (err)
                    return this.destroy(err);
                if (this.destroyed)
                    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(fd, () => undefined);
                this.fd = fd;
                this._read();
            });
            return;
        }
        const buf = Buffer.allocUnsafeSlow(READ_CHUNK);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(this.fd, buf, 0, READ_CHUNK, null, (err, n) => {
            if (err)
                this.destroy(err);
            else
                this.push(n === 0 ? null : n === READ_CHUNK ? buf : buf.subarray(0, n));
        });
    }
    readDirect(push) {
        return readFileChunks(this.path, push);
    }
    _destroy(err, cb) {
        if (this.fd < 0)
            return cb(err);
        const fd = this.fd;
        this.fd = -1;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(fd, () => cb(err));
    }
}
/** Reads between two turns of the event loop (4 MiB): downloads and timers in the same thread keep going. */
const CHUNKS_PER_TURN = 16;
/**
 * Feeds a file's bytes to `push` in READ_CHUNK pieces through one reused buffer: `push` must be done with a piece
 * when it returns (the line splitter is: it copies only the unfinished line it keeps). The reads are synchronous: a
 * 256 KiB read of a local file takes about 30 µs, while a read through the thread pool costs about 90 µs of round
 * trip, and the parser waits for it (100 MB: 12 ms of reading against 37 ms).
 */
async function readFileChunks(path, push) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const buf = Buffer.allocUnsafeSlow(READ_CHUNK);
        for (let n = 1;; n++) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, READ_CHUNK, null);
            if (bytesRead === 0)
                break;
            push(bytesRead === READ_CHUNK ? buf : buf.subarray(0, bytesRead));
            if (n % CHUNKS_PER_TURN === 0)
                await (0,_settle_js__WEBPACK_IMPORTED_MODULE_2__/* .yieldToEventLoop */ .h5)();
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 1540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ boundHeapGrowth),
/* harmony export */   NX: () => (/* binding */ holdLargerYoungGeneration),
/* harmony export */   YI: () => (/* binding */ scavengeWithoutHelpers),
/* harmony export */   ex: () => (/* binding */ heapBounds),
/* harmony export */   lD: () => (/* binding */ reapplyHeapBounds)
/* harmony export */ });
/* unused harmony exports LARGE_YOUNG_GENERATION_BYTES, youngGenerationBytes */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
// Flat memory whatever the input size. V8 sizes its heap for throughput: over a long audit the young generation
// doubles up to 16 MiB per semi-space and the old generation is let grow to several times what is live, so a 2 GB
// audit peaked at 122 MB RSS where 100 MB took 80 MB, though the live heap stays under 10 MB in both. Holding the
// young generation at its initial size and the old one to twice what is live keeps both near 80-90 MB, for a few
// percent more time (npm run bench). The old generation's collections are cheap here (about 1 ms each over 10 MB
// live): measured 2026-12-05, 2.5 times what is live gave 2 GB 98 MB for the same time, 1.6 times 88 MB for 3% more
// CPU. Node has no API for these two settings: they are V8 flags, read by the collector each time it resizes the
// heap, so setting them at start-up takes effect (checked on Node 20 and 24). A large audit in the CLI holds a larger
// young generation (holdLargerYoungGeneration): fewer collections, for a few MB more.

let bounded = false;
let youngBounded = true;
/**
 * `young: false` leaves the young generation to V8 (the action: an audit of hundreds of runs keeps many requests and
 * their buffers alive at once, which a young generation held at its initial size copies over and over; measured by
 * the scale bench, 500 runs: a sixth of the main thread's CPU in scavenges, 20 MB more at the peak without the bound).
 */
function boundHeapGrowth(options = {}) {
    bounded = true;
    youngBounded = options.young ?? true;
    if (youngBounded)
        (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--heap-growing-percent=100');
}
/** The bounds this thread set (for the analysis workers it starts, see serveWorker), or null when it set none. */
function heapBounds() {
    return bounded ? { young: youngBounded } : null;
}
/**
 * For an audit in which every core analyses (a worker beside the calling thread on 2-3 cores): V8's scavenges run in
 * the thread that collects, with no helper tasks, which only competed with the analysing threads for the cores. A
 * process-wide V8 flag, read at each scavenge; a thread started does not undo it (checked on Node 20, unlike the
 * bounds above). Measured 2026-12-05, 2 GB of real traffic with one worker on 2 cores, medians of alternating runs:
 * 2.36 -> 2.27 s on disk (12 each), 3.24 -> 3.08 s zipped (6 each); the calling thread alone on 100 MB: no change.
 * `--single-threaded-gc`, which also stops concurrent marking, was faster still from the command line but crashes V8
 * when set at run time.
 */
function scavengeWithoutHelpers() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--no-parallel-scavenge');
}
/**
 * To call once a worker thread is online. On Node 20, starting a worker thread undoes the flags above for the main
 * thread (its young generation then grows to 32 MiB: +50 MB RSS on a zipped 2 GB audit); setting them again once
 * the worker runs holds (Node 24 keeps them anyway). A thread started by a worker undoes them too: the analysis
 * workers are told the bounds (heapBounds(), serveWorker) and set them again when their inflate thread starts. Does
 * nothing in a thread that was not told them.
 */
function reapplyHeapBounds() {
    if (bounded)
        boundHeapGrowth({ young: youngBounded });
}
/** The young generation held for a large audit (see holdLargerYoungGeneration). */
const LARGE_YOUNG_GENERATION_BYTES = 4 * 1024 * 1024;
/** The young generation's size now (both semi-spaces), in bytes. */
function youngGenerationBytes() {
    return (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.getHeapSpaceStatistics)().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}
/**
 * For a large audit (the CLI, over hundreds of MB): the young generation grown from its initial 1 MiB to
 * LARGE_YOUNG_GENERATION_BYTES, then held there. Held at 1 MiB it is collected about every MiB allocated: 2 GB of
 * real traffic allocates about 1.4 GB, 1,360 collections taking 0.43 s, an eighth of the audit (`--trace-gc`; at
 * 8 MiB, 342 taking 0.29 s: much of what is young is a run's events, which live until the run is done). V8 has no
 * API and no run-time flag for its size (`--min-semi-space-size` is read once, when the heap is made) and grows it
 * only after enough objects survived its collections: objects kept alive for a few collections make it grow (a few
 * ms), then the growth factor 1 holds it. Measured 2026-12-05, zipped 2 GB: 4.28 -> 4.05 s (8 MiB: 3.99 s, but 6 MB
 * more RSS, which the flat-memory target does not allow); on disk within the noise. Not worth it for small inputs.
 * Does nothing when the young generation is not bounded (the action leaves it to V8).
 */
function holdLargerYoungGeneration(bytes = LARGE_YOUNG_GENERATION_BYTES) {
    if (!bounded || !youngBounded || youngGenerationBytes() >= bytes)
        return;
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=2');
    let kept = [];
    for (let round = 0; round < 64 && youngGenerationBytes() < bytes; round++) {
        for (let i = 0; i < 16384; i++)
            kept.push({ n: i });
        if (kept.length >= 262144)
            kept = [];
    }
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
}


/***/ }),

/***/ 8395:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   c: () => (/* binding */ c),
/* harmony export */   hw: () => (/* binding */ formatMessage),
/* harmony export */   td: () => (/* binding */ rich),
/* harmony export */   xI: () => (/* binding */ marked)
/* harmony export */ });
/* unused harmony export spans */
// Rule messages as values, ESLint-style: a template (`meta.messages`) plus data. A template is plain text in which a
// backtick span marks code: `` `{{tool}}` filtered `` says the tool name is code. It is parsed into parts (plain
// text and code); each renderer formats the parts its own way (Markdown code spans, plain terminal text, SARIF …).
//
// Placeholders: `{{name}}` is the value (an array reads `a, b, c`; inside a code span, each element is its own span);
// `{{name:item:items}}` is the number with a real plural: `1 item`, `2 items`.
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)(?::([^:}]*):([^}]*))?\s*\}\}/g;
/** `1 item`, `2 items`. */
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
function scalar(v) {
    if (v === null || v === undefined)
        return '–';
    if (Array.isArray(v))
        return v.map(scalar).join(', ');
    if (typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
function fill(text, data) {
    return text.replace(PLACEHOLDER, (_m, name, one, many) => {
        const v = data[name];
        if (one !== undefined && many !== undefined) {
            const n = typeof v === 'number' ? v : Number(v);
            return plural(Number.isFinite(n) ? n : 0, one, many);
        }
        return scalar(v);
    });
}
/** Splits authored text (a template, a `why` or `fix`) into plain stretches and backtick code spans. */
function spans(text) {
    const out = [];
    const re = /`([^`]*)`/g;
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m.index > last)
            out.push({ text: text.slice(last, m.index), code: false });
        out.push({ text: m[1], code: true });
        last = m.index + m[0].length;
    }
    if (last < text.length)
        out.push({ text: text.slice(last), code: false });
    return out;
}
/** A template filled with data, as parts. Without data, authored Markdown-ish text (`why`, `fix`) as parts. */
function formatMessage(template, data = {}) {
    const out = [];
    for (const s of spans(template)) {
        if (!s.code) {
            const t = fill(s.text, data);
            if (t)
                out.push(t);
            continue;
        }
        // A span that is one placeholder holding a list: one code span per element.
        const whole = /^\{\{\s*([A-Za-z0-9_]+)\s*\}\}$/.exec(s.text);
        const v = whole ? data[whole[1]] : undefined;
        if (Array.isArray(v)) {
            v.forEach((x, i) => {
                if (i > 0)
                    out.push(', ');
                out.push({ code: scalar(x) });
            });
            continue;
        }
        out.push({ code: fill(s.text, data) });
    }
    return out;
}
/** Authored text (a `why`, a `fix`, a recommendation) as parts: backtick spans are code, nothing is filled in. */
function marked(text) {
    return spans(text).map((s) => (s.code ? { code: s.text } : s.text));
}
/** Parts as plain text (no markers): the JSON report's `title`, the terminal, annotations. */
function toPlain(parts) {
    return parts.map((p) => (typeof p === 'string' ? p : p.code)).join('');
}
/** Marks a value as code in `rich` text. */
function c(value) {
    return { code: scalar(value) };
}
/**
 * A line of rich text from a template literal: interpolated values are plain, `c(v)` marks code, and an array of
 * `c(…)` or of nested `rich` lines reads as a comma-separated list. `rich\`${c(host)} ×${n}\``.
 */
function rich(strings, ...values) {
    const out = [];
    strings.forEach((s, i) => {
        if (s)
            out.push(s);
        if (i >= values.length)
            return;
        const v = values[i];
        const list = Array.isArray(v) ? v : [v];
        list.forEach((x, j) => {
            if (j > 0)
                out.push(', ');
            if (Array.isArray(x))
                out.push(...x); // a nested `rich` line (a list of rich items)
            else if (typeof x === 'object' && x !== null && 'code' in x)
                out.push(x);
            else
                out.push(scalar(x));
        });
    });
    return out;
}


/***/ }),

/***/ 2701:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   Ne: () => (/* binding */ redactInline),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   mG: () => (/* binding */ inline),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* unused harmony exports redactEveryPattern, neutralize, escapeMarkdown */
// Report safety: redact secrets from log text, and make untrusted text inert in Markdown (no mentions, no issue
// links, no HTML, no breaking out of a code span, fence, table or `<details>` block).
// A secret starts a word: after a non-word character, or right after a JSON escape (`\n`, `\t`, `\u003e`), since logs
// carry JSON-encoded text (`"line one\nghp_…"`). A value cut short (a log excerpt ends in `…`) still hides its first
// characters: patterns that need a minimum length also match a shorter run that ends at the cut.
const START = String.raw `(?<![A-Za-z0-9_](?<!\\[bfnrt])(?<!\\u[0-9A-Fa-f]{4}))`;
const secret = (source, flags = 'g') => new RegExp(START + source, flags);
const KEYS = String.raw `(?:aws_?)?secret_?access_?key|client_secret|api[_-]?key|apikey|password|passwd|secret`;
/** `=`, `: `, `": "`, also JSON in JSON strings (`\"SecretAccessKey\": \"…\"`, escaped once per level). */
const SEP = String.raw `\\*["']?\s*[:=]\s*\\*["']?`;
/** The start of another secret: a value never runs over it (`token abc'password=…`, `Bearer x/secret: y`). */
const NEXT = String.raw `(?:${KEYS})${SEP}|Authorization${SEP}|(?:Bearer|token)\s|(?:AccountKey|SharedAccessSignature|sig)=|(?:mcp_)?session=`;
const value = (chars) => String.raw `(?:(?!${NEXT})${chars})`;
// Values stop at a backslash: in JSON-encoded text it starts an escape (`\t`), and the next word may be another secret.
// The order matters for the same reason: a pattern with a wide value runs after those whose start it could swallow.
const SECRET_PATTERNS = [
    [
        /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/gi,
        '[REDACTED PRIVATE KEY]',
    ],
    [secret(String.raw `github_pat_[A-Za-z0-9_]+`), 'github_pat_[REDACTED]'],
    [secret(String.raw `(gh[pousr])_[A-Za-z0-9_]+`), '$1_[REDACTED]'],
    // The header (with its scheme) first: a bearer token's characters (`/`, `=`) could swallow a header name after it.
    [
        secret(String.raw `(Authorization${SEP})(?:(?:Bearer|Basic|Digest|token)\s+)?${value(String.raw `[^\s",\\]`)}+`, 'gi'),
        '$1[REDACTED]',
    ],
    [
        secret(String.raw `(Bearer|token)\s+(?:${value('[A-Za-z0-9._~+/=-]')}{8,}|${value('[A-Za-z0-9._~+/=-]')}+(?=…))`, 'gi'),
        '$1 [REDACTED]',
    ],
    // Key ids and keys are matched in any case: destination hosts and repository names are lowercased.
    [secret(String.raw `(AKIA|ASIA)(?:[0-9A-Z]{16}\b|[0-9A-Z]+(?=…))`, 'gi'), '$1[REDACTED]'],
    [
        secret(String.raw `(AccountKey|SharedAccessSignature|sig)=${value(String.raw `[^;&\s"\\]`)}+`, 'gi'),
        '$1=[REDACTED]',
    ],
    [secret(String.raw `(${KEYS})(${SEP})${value(String.raw `[^\s"',;&\\]`)}{4,}`, 'gi'), '$1$2[REDACTED]'],
    // Session ids: in gateway v0.1.x the session id was the gateway API key itself (FORMATS.md §3.4).
    [secret(String.raw `((?:mcp_)?session=)${value(String.raw `[^,\s\\]`)}+`, 'gi'), '$1[REDACTED]'],
    // Last: its `-` would otherwise swallow the start of a secret joined to it (`xoxb-…-session=…`).
    [secret(String.raw `(?:xox[abeprs]|xapp)-[A-Za-z0-9-]+`), 'xox?-[REDACTED]'],
];
/**
 * A word that every match of SECRET_PATTERNS contains (in any case): a text without one holds no secret, and is
 * returned after one scan instead of one per pattern (a report redacts every string of every run and finding).
 */
const MAY_HOLD_SECRET = /-----begin|github_pat_|gh[pousr]_|authorization|bearer|token|akia|asia|accountkey|sharedaccesssignature|sig=|secret|api[_-]?key|password|passwd|session=|xox[abeprs]-|xapp-/i;
/** Every pattern of SECRET_PATTERNS applied in turn: what redact() does to a text that may hold a secret. */
function redactEveryPattern(text) {
    let out = text;
    for (const [re, repl] of SECRET_PATTERNS)
        out = out.replace(re, repl);
    return out;
}
function redact(text) {
    return MAY_HOLD_SECRET.test(text) ? redactEveryPattern(text) : text;
}
/**
 * `redact` for inline text with code spans (titles): each span's content and each stretch between spans on its own, so
 * a value redacted again never swallows the backtick that closes its span.
 */
function redactInline(text) {
    return text
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? '`' + redact(part.slice(1, -1)) + '`' : redact(part)))
        .join('');
}
/**
 * A log value shortened for a message: redacted first, then cut with `…` (a secret cut short is never left to match
 * no pattern), so that a title built from it is safe whatever is done with it later.
 */
function clip(text, max) {
    const r = redact(text);
    return r.length > max ? r.slice(0, max) + '…' : r;
}
/** `redact` over every string of a JSON-like value, object keys included (details maps are keyed by tool names). */
function redactDeep(value) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v));
    if (value !== null && typeof value === 'object') {
        // A loop, not fromEntries(entries().map()): the report of 500 runs redacts some 100,000 values.
        const out = {};
        for (const k of Object.keys(value)) {
            const key = redact(k);
            const v = redactDeep(value[k]);
            // A key from a log may be `__proto__`: kept as a key (as fromEntries does), never taken for the prototype.
            if (key === '__proto__')
                Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
            else
                out[key] = v;
        }
        return out;
    }
    return value;
}
const WJ = '\u2060'; // word joiner: invisible, breaks mention, reference and autolink recognition
/** Neutralises `@user`, `@org/team`, `#123`, `owner/repo#123`, `GH-123` and bare URLs in plain Markdown text. */
function neutralize(text) {
    return (text
        .replace(/@(?=[A-Za-z0-9])/g, '@' + WJ)
        .replace(/#(?=\d)/g, '#' + WJ)
        // No word boundary required: GFM also autolinks `www.` after `_` or `*`, which escaping leaves next to it (`\_www.`).
        .replace(/GH-(?=\d)/gi, (m) => m[0] + m[1] + WJ + m.slice(2))
        .replace(/(https?|ftp):\/\//gi, '$1:' + WJ + '//')
        .replace(/www\./gi, (m) => m.slice(0, 3) + WJ + '.'));
}
/** Escapes Markdown and HTML control characters in plain text (outside code). */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]<>()|~!&]/g, (c) => c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\\' + c);
}
/** Untrusted plain text for Markdown: redacted, one line, escaped, neutralised. */
function plain(text, max = 300) {
    const one = redact(text)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '');
    return neutralize(escapeMarkdown(one.length > max ? one.slice(0, max) + '…' : one));
}
/** An inline code span for an untrusted value: no backticks, no newlines, pipes escaped (safe in table cells). */
function code(value, max = 120) {
    let v = redact(value)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .replace(/`/g, 'ˋ');
    if (v.length > max)
        v = v.slice(0, max) + '…';
    if (v.trim() === '')
        v = '∅';
    return '`' + v.replace(/\|/g, '¦') + '`';
}
/** A fenced block for log excerpts, with a fence longer than any backtick run inside. */
function fence(lines, info = 'text') {
    const body = lines.map((l) => redact(l).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')).join('\n');
    const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const f = '`'.repeat(longest + 1);
    return `${f}${info}\n${body}\n${f}`;
}
/**
 * Inline text from the engine (titles) where untrusted values sit inside code spans made by `code()`. The text between
 * the spans is escaped like plain text, so a value a rule forgot to wrap still cannot link, emphasise or add HTML.
 */
function inline(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? part : neutralize(escapeMarkdown(part))))
        .join('');
}


/***/ }),

/***/ 3053:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TA: () => (/* binding */ limiter),
/* harmony export */   h5: () => (/* binding */ yieldToEventLoop),
/* harmony export */   j3: () => (/* binding */ settleAll),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Waits for every promise to settle, then returns their values or throws the first rejection (in input order).
 * Unlike `Promise.all`, nothing is still running when the error reaches the caller, so a `finally` that removes a
 * temporary folder never races a download that is still writing into it.
 */
async function settleAll(promises) {
    const settled = await Promise.allSettled(promises);
    for (const s of settled)
        if (s.status === 'rejected')
            throw s.reason;
    return settled.map((s) => s.value);
}
/**
 * Runs `fn` over `items` with at most `limit` in flight, keeping the input order in the result. After the first
 * error no new item starts; the items in flight finish, then that error is thrown.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure = null;
    const worker = async () => {
        while (!failure && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i], i);
            }
            catch (err) {
                failure ??= { err };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.err;
    return results;
}
/**
 * At most `limit` calls of the returned function's `fn` run at once; the others wait their turn, first come first
 * served. A call's error is its own: it frees its place and reaches only its caller.
 */
function limiter(limit) {
    let running = 0;
    const waiting = [];
    return async (fn) => {
        if (running >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        else
            running++;
        try {
            return await fn();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                running--;
        }
    };
}
/**
 * Lets the event loop run what is waiting (a worker's answer, a download's bytes) before going on. Files are read
 * synchronously, and promise continuations alone never give the loop a turn: an analysis worker waited for the
 * calling thread's whole run before it got its next one.
 */
function yieldToEventLoop() {
    return new Promise((resolve) => setImmediate(resolve));
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** This release (package.json's version; scripts/release-check.mjs checks that they agree). */
const VERSION = '1.0.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 5434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/config.ts
var config = __nccwpck_require__(2973);
// EXTERNAL MODULE: ./src/engine/audit.ts + 45 modules
var audit = __nccwpck_require__(8959);
// EXTERNAL MODULE: ./src/sources/local.ts
var local = __nccwpck_require__(9765);
// EXTERNAL MODULE: ./src/rules/index.ts + 24 modules
var rules = __nccwpck_require__(1717);
// EXTERNAL MODULE: ./src/report/build.ts + 1 modules
var build = __nccwpck_require__(849);
// EXTERNAL MODULE: ./src/report/dedupe.ts
var dedupe = __nccwpck_require__(2279);
// EXTERNAL MODULE: ./src/report/suppressions.ts
var report_suppressions = __nccwpck_require__(6104);
;// CONCATENATED MODULE: ./src/report/merge.ts




class MergeError extends Error {
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Checks that `value` (parsed JSON) is a report this version can merge: schemaVersion 1 with `runs` and `findings`,
 * and `runFindings` whenever it has findings (reports of earlier versions lack them and cannot be merged exactly).
 */
function checkReport(value, source) {
    if (!isRecord(value))
        throw new MergeError(`${source}: not an integrity-audit JSON report (not a JSON object)`);
    if (value.schemaVersion !== 1)
        throw new MergeError(`${source}: schemaVersion ${JSON.stringify(value.schemaVersion ?? null)} is not supported: merge reads reports of schemaVersion 1 (integrity-audit --format json, the action's report-path)`);
    if (!Array.isArray(value.runs) || !Array.isArray(value.findings) || !isRecord(value.summary))
        throw new MergeError(`${source}: not an integrity-audit JSON report (no runs, findings or summary)`);
    for (const r of value.runs)
        if (!isRecord(r) || typeof r.id !== 'string')
            throw new MergeError(`${source}: not an integrity-audit JSON report (a run without an id)`);
    if (value.runFindings === undefined && value.findings.length > 0)
        throw new MergeError(`${source}: has no runFindings (made by an earlier version of integrity-audit): audit those runs again with this version to merge them`);
    if (value.runFindings !== undefined && !Array.isArray(value.runFindings))
        throw new MergeError(`${source}: runFindings is not a list`);
    return value;
}
/** Parses and checks one report file's text. */
function parseReport(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new MergeError(`${source}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    return checkReport(value, source);
}
/** A report's runs with their own findings; a run id given twice in one report gets its findings once. */
function runResults(report) {
    const byRun = new Map();
    for (const f of report.runFindings ?? []) {
        // The key is known by its fingerprint only, which is all that merging needs of it.
        const raw = { ...f, key: {} };
        const list = byRun.get(f.run);
        if (list)
            list.push(raw);
        else
            byRun.set(f.run, [raw]);
    }
    return report.runs.map((facts) => {
        const findings = byRun.get(facts.id) ?? [];
        byRun.delete(facts.id);
        return { facts, findings };
    });
}
const numericId = (id) => (/^\d{1,30}$/.test(id) ? BigInt(id) : null);
/**
 * Audit order, as run discovery lists runs: newest first (created time, then run id, descending). Runs whose created
 * time is not known (local folders) keep the order of the reports as given, after the others.
 */
function auditOrder(a, b) {
    const ca = a.createdAt ?? '';
    const cb = b.createdAt ?? '';
    if (ca !== cb)
        return ca < cb ? 1 : -1;
    if (ca === '')
        return 0;
    const ia = numericId(a.id);
    const ib = numericId(b.id);
    if (ia === null || ib === null)
        return 0;
    return ia < ib ? 1 : ia > ib ? -1 : 0;
}
function unique(values) {
    return [...new Set(values)];
}
/**
 * The report one audit over the runs of all `reports` gives. Reports of disjoint run sets merge exactly; a run in
 * several reports counts once (the rule of one audit given a run twice: report/dedupe.ts).
 */
function mergeReports(reports, options = {}) {
    if (reports.length === 0)
        throw new MergeError('no report to merge');
    const results = reports.flatMap(({ report }) => runResults(report));
    // Whole duplicates (the same report given twice, a run audited the same way in two shards) always count once.
    const seen = new Set();
    const distinct = results.filter((r) => {
        const key = JSON.stringify(r);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    const { kept, notes: dedupeNotes } = (0,dedupe/* dedupeRunResults */.R)(distinct, (id, n) => `Run ${id} was in ${n} reports: counted once.`);
    const ordered = kept
        .map((r, i) => ({ r, i }))
        .sort((x, y) => auditOrder(x.r.facts, y.r.facts) || x.i - y.i)
        .map(({ r }) => r);
    // GitHub names are case-insensitive: `Octo-Org/App` and `octo-org/app` are one target (the first spelling stays).
    const targets = new Map();
    for (const { report } of reports)
        if (report.target !== null && !targets.has(report.target.toLowerCase()))
            targets.set(report.target.toLowerCase(), report.target);
    const froms = reports.map(({ report }) => report.window?.from).filter((t) => !!t);
    const tos = reports.map(({ report }) => report.window?.to).filter((t) => !!t);
    const notes = unique([...reports.flatMap(({ report }) => report.notes ?? []), ...dedupeNotes]);
    const api = mergeApi(reports.map(({ report }) => report.api), new Set(ordered.map((r) => r.facts.id)));
    const merged = (0,build/* buildReport */.FK)(ordered.map((r) => r.facts), ordered.flatMap((r) => r.findings), {
        target: targets.size === 0 ? null : [...targets.values()].join(', '),
        window: {
            from: froms.length > 0 ? froms.reduce((a, b) => (b < a ? b : a)) : null,
            to: tos.length > 0 ? tos.reduce((a, b) => (b > a ? b : a)) : null,
        },
        generatedAt: options.generatedAt,
        notes,
    });
    if (!api)
        return merged;
    // Fail closed, as the audits did: a repository the budget left unlisted keeps the merged verdict from `clean`.
    const verdict = api.cutShort && api.cutShort.repositories.length > 0 && merged.summary.verdict === 'clean'
        ? 'incomplete'
        : merged.summary.verdict;
    return { ...merged, summary: { ...merged.summary, verdict }, api };
}
/**
 * The API budgets of several audits as one: their requests added up, the rate limit of the latest window (the lowest
 * remaining in it), and what the budget cut short in any of them (the runs still in the merged report).
 */
function mergeApi(list, runs) {
    const apis = list.filter((a) => a !== undefined && a !== null);
    if (apis.length === 0)
        return null;
    let rateLimit = null;
    let reserve = null;
    for (const a of apis) {
        const rl = a.rateLimit;
        if (rl &&
            (!rateLimit ||
                rl.reset > rateLimit.reset ||
                (rl.reset === rateLimit.reset && rl.remaining < rateLimit.remaining))) {
            rateLimit = rl;
            reserve = a.reserve;
        }
        if (!rateLimit)
            reserve ??= a.reserve;
    }
    const api = { requests: apis.reduce((n, a) => n + a.requests, 0), rateLimit, reserve };
    const cuts = apis.map((a) => a.cutShort).filter((c) => c !== undefined);
    if (cuts.length > 0)
        api.cutShort = {
            reason: unique(cuts.map((c) => c.reason)).join('; '),
            runs: unique(cuts.flatMap((c) => c.runs)).filter((id) => runs.has(id)),
            repositories: unique(cuts.flatMap((c) => c.repositories)).sort(),
        };
    return api;
}
/**
 * The merge of the action's `reports-path` and of `integrity-audit merge --config`: the reports merged, then the
 * config's suppressions applied to the merged report as at the end of one audit (a report keeps every run's findings in
 * `runFindings`, so a finding a shard suppressed comes back in the merge unless the config is applied again). Rule
 * options are not: the findings were made by the audits that wrote the reports.
 */
function mergeWithSuppressions(reports, suppressions, options = {}) {
    return (0,report_suppressions/* applySuppressions */.px)(mergeReports(reports, options), suppressions, rules/* RULE_IDS */.Iu, options.generatedAt);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/cli/output.ts + 8 modules
var output = __nccwpck_require__(7044);
// EXTERNAL MODULE: ./src/cli/settings.ts
var cli_settings = __nccwpck_require__(1957);
;// CONCATENATED MODULE: ./src/cli/merge.ts
// `integrity-audit merge <report.json>... [--format json|markdown|text] [--output FILE] [--config FILE] [--fail-on …]`:
// the JSON reports of disjoint run sets (the shards of one audit) merged into the report one audit over all their runs
// gives (report/merge.ts), the config's suppressions applied as the action's merge job applies them, written and gated
// as `analyze` does.





/** Reads every report file: a file that cannot be read or is not a report of schemaVersion 1 is a usage error. */
async function readReports(paths) {
    const out = [];
    for (const path of paths) {
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (err) {
            throw new cli_settings/* UsageError */.eb(`${path}: ${(0,local/* pathErrorText */.ne)(err)}`);
        }
        out.push({ source: path, report: parseReport(text, path) });
    }
    return out;
}
/** Runs `merge`: the exit status as for `analyze` (0, 3 or 4); MergeError and UsageError go to the caller. */
async function mergeCommand(values, paths) {
    if (paths.length === 0)
        throw new cli_settings/* UsageError */.eb('merge needs at least one report.json');
    const out = (0,cli_settings/* outputSettings */.xM)(values);
    // The config's suppressions apply to the merged report, as the action's merge job (`reports-path`) applies them.
    const config = (0,cli_settings/* configSetting */.nx)(values);
    (0,cli_settings/* checkOutputSetting */.Oh)(out);
    const report = mergeWithSuppressions(await readReports(paths), config.suppressions);
    return (0,output/* emitReport */.K)(report, out, 'Merged reports');
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/util/heap.ts
var heap = __nccwpck_require__(1540);
// EXTERNAL MODULE: ./src/cli/github-options.ts
var github_options = __nccwpck_require__(8920);
;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI: `integrity-audit analyze <path>... [--format json|markdown|text] [--output FILE] [--config FILE]
// [--fail-on critical|warning]`. Argument parsing is Node's own util.parseArgs (no dependency needed).












/** Local runs of this many bytes or more (zips counted inflated) get a larger young generation (util/heap.ts). */
const LARGE_INPUT_BYTES = 256 * 1024 * 1024;
const USAGE = `Usage: integrity-audit analyze <path>... [options]
       integrity-audit analyze --repo OWNER/REPO... [options]
       integrity-audit merge <report.json>... [--format F] [--output FILE] [--config FILE] [--fail-on L]

Audits gh-aw run logs for integrity-filtering (DIFC) problems.

<path> is any mix of: a directory of run folders, one run folder
(gh run download / gh aw logs layouts), or artifact .zip files.

Options:
  --format json|markdown|text|sarif
                                output format (default: text on a terminal, json otherwise)
  --output FILE                 write the report to FILE instead of stdout
  --config FILE                 rules config (JSON): severities, disabled rules, thresholds
  --fail-on critical|warning    exit 3 when a finding at or above this severity exists,
                                exit 4 when nothing could be audited (verdict inconclusive)
  --require-full-coverage       exit 4 when some run was not fully audited (verdict incomplete)
  -h, --help                    show this help
  -V, --version                 print the version
${github_options/* GITHUB_USAGE */.s}
merge: the JSON reports of disjoint run sets (e.g. shards) as one audit over all their runs;
with --config, the config's suppressions apply to the merged report (as the action's reports-path).

Verdict (summary.verdict): clean, findings, incomplete (some run not fully audited)
or inconclusive (nothing could be audited).

Exit codes: 0 analysis completed, 1 failure, 2 bad usage (also: a path that holds no run),
3 findings at or above --fail-on, 4 audit incomplete or inconclusive under
--fail-on / --require-full-coverage. Every non-zero exit says why on stderr.
`;
const HELP_HINT = "(see 'integrity-audit --help')";
/** Node's argument-parser errors, in one line of our own. */
function argError(err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    const message = err instanceof Error ? err.message : String(err);
    const option = /'(-[^' ]*(?:, --[^' ]*)?)/.exec(message)?.[1]?.split(', ').pop() ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `unknown option ${option || message}`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
        return /does not take an argument/.test(message)
            ? `option ${option} takes no value`
            : `option ${option} needs a value`;
    return message.split('\n', 1)[0];
}
async function main(argv, options = {}) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                output: { type: 'string', short: 'o' },
                config: { type: 'string', short: 'c' },
                'fail-on': { type: 'string' },
                'require-full-coverage': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'V' },
                ...github_options/* GITHUB_OPTIONS */.r0,
            },
        });
    }
    catch (err) {
        process.stderr.write(`error: ${argError(err)} ${HELP_HINT}\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    if (values.version) {
        process.stdout.write(`integrity-audit ${version/* VERSION */.x}\n`);
        return 0;
    }
    try {
        const [command, ...paths] = positionals;
        if (command === 'merge')
            return await mergeCommand(values, paths);
        if (command !== 'analyze')
            throw new cli_settings/* UsageError */.eb(command
                ? `unknown command "${command}": the commands are analyze and merge`
                : 'missing command: integrity-audit analyze <path>...');
        if (values.repo !== undefined)
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(141), __nccwpck_require__.e(479)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3479))).analyzeFromGitHubCommand(values, paths, options);
        if ((0,github_options/* githubOnlyOptions */.Oz)(values).length > 0)
            throw new cli_settings/* UsageError */.eb(`--${(0,github_options/* githubOnlyOptions */.Oz)(values)[0]} needs --repo`);
        return await analyze((0,cli_settings/* analyzeSettings */.QW)(values, paths), options);
    }
    catch (err) {
        if (err instanceof cli_settings/* UsageError */.eb) {
            process.stderr.write(`error: ${oneLine(err.message)} ${HELP_HINT}\n`);
            return 2;
        }
        if (err instanceof config/* ConfigError */.xL || err instanceof MergeError) {
            process.stderr.write(`error: ${oneLine(err.message)}\n`);
            return 2;
        }
        process.stderr.write(failureText(err));
        return 1;
    }
}
/** `analyze <path>...`: the local runs, through the engine's one entry, then the report and the gate. */
async function analyze(settings, options) {
    const found = [];
    for (const p of settings.paths) {
        let runs;
        try {
            runs = await (0,local/* discoverRuns */.cd)(p);
        }
        catch (err) {
            throw new cli_settings/* UsageError */.eb(`${p}: ${(0,local/* pathErrorText */.ne)(err)}`);
        }
        if (runs.length === 0)
            throw new cli_settings/* UsageError */.eb(`${p}: ${await (0,local/* describeNoRun */.Yn)(p)}`);
        found.push(...runs);
    }
    const refs = await (0,local/* dedupeRuns */.g1)(found);
    const bytes = (0,local/* totalBytes */.ob)(refs);
    if (bytes >= LARGE_INPUT_BYTES)
        (0,heap/* holdLargerYoungGeneration */.NX)();
    const { report } = await (0,audit/* auditRuns */.QM)((0,audit/* localJobs */.aC)(refs, (p) => (0,local/* runIdFromName */.Om)((0,external_node_path_.basename)(p))), {
        config: settings.config,
        workerEntry: options.workerEntry,
        useWorkers: await (0,audit/* worthWorkers */.Qg)(refs.length, async () => bytes),
        localInput: true,
        target: null,
        window: { from: null, to: null },
        log: (m) => process.stderr.isTTY && process.stderr.write(m + '\n'),
    });
    return (0,output/* emitReport */.K)(report, settings, 'Local logs');
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ');
}
/** Exit 1: one line; the stack trace only with INTEGRITY_AUDIT_DEBUG=1. */
function failureText(err) {
    const message = oneLine(err instanceof Error ? err.message : String(err));
    const stack = process.env.INTEGRITY_AUDIT_DEBUG === '1' && err instanceof Error && err.stack ? `${err.stack}\n` : '';
    return `error: ${message}\n${stack}`;
}

// EXTERNAL MODULE: ./src/engine/workers.ts
var workers = __nccwpck_require__(5501);
// EXTERNAL MODULE: ./src/util/compiler.ts
var compiler = __nccwpck_require__(2391);
;// CONCATENATED MODULE: ./src/cli.ts
// CLI entry (dist/cli.js). The same bundle serves as the analysis worker when started by the pool.






if ((0,workers/* isAuditWorker */.w6)()) {
    (0,workers/* serveWorker */.sc)(audit/* analyzeRequest */.gL);
}
else {
    (0,heap/* boundHeapGrowth */.C9)();
    (0,compiler/* inlineLess */.t_)();
    // For the benchmark: the peak RSS (KiB) of this process, worker threads included.
    if (process.env.INTEGRITY_AUDIT_RSS_FILE) {
        const file = process.env.INTEGRITY_AUDIT_RSS_FILE;
        process.on('exit', () => (0,external_node_fs_.writeFileSync)(file, String(process.resourceUsage().maxRSS)));
    }
    main(process.argv.slice(2), { workerEntry: new URL(import.meta.url) }).then((code) => {
        process.exitCode = code;
    }, (err) => {
        process.stderr.write(failureText(err));
        process.exitCode = 1;
    });
}

