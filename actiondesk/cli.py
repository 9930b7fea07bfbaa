"""``actiondesk NOUN VERB …``: dispatches to the Django management command ``NOUN_VERB`` (``NOUN_SUBNOUN_VERB``
for ``actiondesk innovation contracts import``).

Exit codes: 0 success, 2 bad input or usage, 1 internal error.
"""
import os
import sys

USAGE = "用法: actiondesk NOUN VERB [选项]   例如: actiondesk plan parse FILE --json"


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "actiondesk.settings")
    import django
    from django.core.management import get_commands, load_command_class

    django.setup()
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {name: app for name, app in get_commands().items()}
    if not argv or argv[0] in ("-h", "--help", "help"):
        ours = sorted(n.replace("_", " ") for n, app in commands.items() if app.startswith("actiondesk"))
        print(USAGE)
        print("命令: " + ", ".join(ours))
        return 0 if argv else 2
    if len(argv) >= 3 and f"{argv[0]}_{argv[1]}_{argv[2]}" in commands:  # NOUN SUBNOUN VERB
        name, rest = f"{argv[0]}_{argv[1]}_{argv[2]}", argv[3:]
    elif len(argv) >= 2 and f"{argv[0]}_{argv[1]}" in commands:
        name, rest = f"{argv[0]}_{argv[1]}", argv[2:]
    elif argv[0] in commands:
        name, rest = argv[0], argv[1:]
    else:
        print(f"actiondesk: 未知命令 “{' '.join(argv[:2])}”。{USAGE}", file=sys.stderr)
        return 2
    return _run(load_command_class(commands[name], name), name, rest)


def _run(command, name: str, rest: list[str]) -> int:
    # Not run_from_argv: it closes every database connection afterwards, which breaks in-process callers.
    from django.core.management.base import CommandError

    command._called_from_command_line = True
    parser = command.create_parser("actiondesk", name)
    try:
        options = vars(parser.parse_args(rest))
        args = options.pop("args", ())
        command.execute(*args, **options)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except CommandError as exc:
        print(f"actiondesk {name.replace('_', ' ')}: {exc}", file=sys.stderr)
        return exc.returncode
    except KeyboardInterrupt:
        return 1
    except Exception as exc:  # an internal error: one line, exit 1 (--traceback shows the stack)
        if options.get("traceback"):
            raise
        print(f"actiondesk {name.replace('_', ' ')}: 内部错误：{exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
