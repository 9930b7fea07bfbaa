"""``actiondesk serve`` is the real server: granian in front of the WSGI app, static files through whitenoise."""
import urllib.error
import urllib.request

from tests.core.processes import cli, free_port, start, stop, wait_for


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()
    except OSError:
        return None


def test_serve_answers_the_login_page_and_a_static_asset_then_stops(app_sqlite):
    env, _db = app_sqlite
    port = free_port()
    server = start(env, "serve", "--addr", f"127.0.0.1:{port}", "--workers", "1")
    try:
        status, _headers, body = wait_for(lambda: _get(f"http://127.0.0.1:{port}/login/"), what="the server")
        assert status == 200 and "产业行动督导平台" in body.decode()
        status, headers, body = _get(f"http://127.0.0.1:{port}/static/vendor/htmx/htmx.min.js")
        assert status == 200 and b"htmx" in body[:2000] and "javascript" in headers["Content-Type"]
        assert _get(f"http://127.0.0.1:{port}/supervision/")[0] == 200  # redirected to the login page
    finally:
        output = stop(server)
    assert server.returncode is not None
    assert "granian" in output.lower() and '"GET /login/ HTTP/1.1" 200' in output  # the access log


def test_serve_refuses_a_bad_address_with_exit_2(app_sqlite):
    env, _db = app_sqlite
    result = cli(env, "serve", "--addr", "nowhere", check=False)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "--addr" in result.stderr
