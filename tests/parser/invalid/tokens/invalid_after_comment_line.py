# comment
)
