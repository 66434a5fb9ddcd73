# sysconfig imports the build's _sysconfigdata module on first use (test.support does).
import sysconfig

cfg = sysconfig.get_config_vars()
print(type(cfg).__name__, len(cfg) > 0)
print(type(sysconfig.get_config_var("CFLAGS") or ""), sysconfig.get_config_var("NO_SUCH_VAR"))
print(sysconfig.get_config_var("Py_DEBUG") in (0, None), isinstance(sysconfig.get_platform(), str))
