from ...pkg.mod import thing
