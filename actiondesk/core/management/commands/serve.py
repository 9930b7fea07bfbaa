"""``actiondesk serve [--addr 127.0.0.1:8000] [--workers N] [--threads N]``: the production server (granian, WSGI).

Static files are served by whitenoise inside the application (see settings); ``runserver`` stays for development.
"""
import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput


def parse_addr(addr: str) -> tuple[str, int]:
    host, sep, port = addr.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise BadInput(f"--addr 应为 主机:端口，例如 127.0.0.1:8000：{addr}")
    return host.strip("[]"), int(port)


def default_workers() -> int:
    # One process per core: WSGI requests are CPU-bound in Python, threads inside a worker wait on the database.
    return max(1, os.cpu_count() or 1)


class Command(BaseCommand):
    help = "以 granian（WSGI）启动生产服务；静态文件由 whitenoise 提供。"

    def add_arguments(self, parser):
        parser.add_argument("--addr", default="127.0.0.1:8000", help="监听地址（默认 127.0.0.1:8000）")
        parser.add_argument("--workers", type=int, default=None, help="工作进程数（默认：CPU 核数）")
        parser.add_argument("--threads", type=int, default=4, help="每个进程处理请求的线程数（默认 4）")
        parser.add_argument("--timeout", type=int, default=30, help="读取请求头的超时秒数（默认 30）")
        parser.add_argument("--no-access-log", action="store_true", help="不输出访问日志")

    def handle(self, *args, addr, workers=None, threads=4, timeout=30, no_access_log=False, **options):
        from granian import Granian
        from granian.constants import Interfaces
        from granian.http import HTTP1Settings

        host, port = parse_addr(addr)
        workers = default_workers() if workers is None else workers
        if workers < 1 or threads < 1 or timeout < 1:
            raise BadInput("--workers、--threads 和 --timeout 必须是正整数")
        if "Manifest" in settings.STORAGES["staticfiles"]["BACKEND"]:
            # A manifest storage resolves {% static %} through staticfiles.json, which collectstatic writes.
            call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write(f"ActionDesk 服务：http://{addr}/  （granian WSGI，{workers} 个进程 × {threads} 个线程）")
        self.stdout.flush()
        Granian(
            "actiondesk.wsgi:application",
            address=host,
            port=port,
            interface=Interfaces.WSGI,
            workers=workers,
            blocking_threads=threads,
            http1_settings=HTTP1Settings(header_read_timeout=timeout * 1000),
            log_access=not no_access_log,
            respawn_failed_workers=True,
            websockets=False,
            workers_kill_timeout=timeout,
        ).serve()
