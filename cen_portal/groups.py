"""The names of the groups the kernel's rules name: the Secretariat reads every private place."""

SECRETARIAT_GROUP = "Secretariat"
