from pkg.sub import relative_user
print(relative_user.combined())
from pkg.sub.relative_user import parent_name
print(parent_name)
