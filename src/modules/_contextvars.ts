// The `_contextvars` module (PEP 567): ContextVar, Token, Context and copy_context. One
// thread and no asyncio tasks switching contexts natively yet, so the current context is
// a module-level variable that Context.run swaps. The body is Python (below).

import { runModuleSource } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";

const CONTEXTVARS_PY = `
_MISSING = object()


class Context:
    __slots__ = ("_vars", "_entered")

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._vars = {}
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self} is already entered")
        saved = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved
            self._entered = False

    def copy(self):
        c = Context()
        c._vars = dict(self._vars)
        return c

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._vars

    def __iter__(self):
        return iter(self._vars)

    def __len__(self):
        return len(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    __slots__ = ("_name", "_default", "__weakref__")

    def __init__(self, name=_MISSING, /, *, default=_MISSING):
        if name is _MISSING:
            raise TypeError("ContextVar() takes exactly 1 positional argument (0 given)")
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        v = _current._vars.get(self, _MISSING)
        if v is not _MISSING:
            return v
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._vars.get(self, Token.MISSING)
        new = dict(ctx._vars)
        new[self] = value
        ctx._vars = new
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._ctx is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        new = dict(_current._vars)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        _current._vars = new
        token._used = True

    def __repr__(self):
        d = ""
        if self._default is not _MISSING:
            d = f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{d} at {id(self):#x}>"

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


class Token:
    __slots__ = ("_ctx", "_var", "_old", "_used")
    MISSING = _Missing()

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at {id(self):#x}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


for _c in (Context, ContextVar, Token):
    _c.__module__ = "_contextvars"
del _c
`;

registerNativeModule("_contextvars", () => runModuleSource("_contextvars", CONTEXTVARS_PY, {}));
