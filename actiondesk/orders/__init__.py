"""督办: 督办单: a leader's 批示 or a meeting decision carried to a department and back."""
