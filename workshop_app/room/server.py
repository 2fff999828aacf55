"""The participant page's web server: aiohttp on its own thread and asyncio loop.

It listens only while a round is open, on the one address the facilitator picked and a free port
the system chooses. It answers four URLs under the round's room code and nothing else: the page,
a redirect to it, joining, and sending an answer set. Every request passes the round's checks
(room code, open round, rate limits); bodies over MAX_BODY are refused with 413, anything
malformed with 400. Imported only when the facilitator opens a round.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future

from aiohttp import web

from workshop_app.content import load_content
from workshop_app.domain import Session
from workshop_app.room.page import page_data, render
from workshop_app.room.round import MAX_BODY, PhoneAnswers, Refused, Round

# Seconds a closing round gives the replies still on their way (their answers already stored).
SHUTDOWN_TIMEOUT = 2.0
STORE_TIMEOUT = 15.0  # seconds the window may take to store an answer set before the phone retries
# Deliver an answer set to the session; the future completes once it is stored (or fails).
Deliver = Callable[[PhoneAnswers], "Future[None]"]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


def _json(http: int, **body: object) -> web.Response:
    return web.json_response(body, status=http)


class RoomServer:
    """One round's server. ``start`` returns once it listens; ``stop`` once it no longer does."""

    def __init__(self, round_: Round, page: tuple[str, str], deliver: Deliver) -> None:
        self.round = round_
        html, script = page  # the page, and the CSP source of its one script
        self._page_body = html.encode("utf-8")
        self._page_headers = {
            "Content-Security-Policy": (
                f"default-src 'none'; script-src {script}; style-src 'unsafe-inline'; "
                "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
                "frame-ancestors 'none'"
            )
        }
        self.deliver = deliver
        self.host = ""
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.round.code}"

    # ------------------------------------------------------------------ lifetime

    def start(self, host: str) -> str:
        """Listen on ``host`` (one address, never all of them) and a free port; the page's URL."""
        ready: Future[int] = Future()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._run, args=(host, ready), name="truce-room", daemon=True
        )
        self._thread.start()
        self.port = ready.result(timeout=15)  # raises the OSError of a failed bind
        self.host = host
        return self.url

    def _run(self, host: str, ready: Future[int]) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        try:
            self._runner = web.AppRunner(
                self._app(),
                access_log=None,
                handle_signals=False,
                shutdown_timeout=SHUTDOWN_TIMEOUT,
            )
            loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, host, 0, backlog=256)
            loop.run_until_complete(site.start())
            server = site._server
            assert server is not None
            port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        except BaseException as exc:  # a bind refused: the window says so
            ready.set_exception(exc)
            loop.close()
            return
        ready.set_result(port)
        loop.run_forever()
        loop.run_until_complete(self._runner.cleanup())
        loop.close()

    def stop(self) -> None:
        self.round.open = False
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._loop = self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # ------------------------------------------------------------------ the application

    def _app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get("/{code}", self._redirect)
        app.router.add_get("/{code}/", self._page)
        app.router.add_post("/{code}/join", self._join)
        app.router.add_post("/{code}/answers", self._answers)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            response = await handler(request)
        except Refused as refused:
            response = _json(refused.status, error=str(refused))
        except web.HTTPRequestEntityTooLarge:
            response = _json(413, error="request too large")
        except web.HTTPException as exc:
            if exc.status < 400:
                raise  # the redirect to the page
            # Whatever the router does not serve is simply not there: 404, never 405.
            response = _json(404, error="not found")
        response.headers.update(SECURITY_HEADERS)
        return response

    def _code(self, request: web.Request) -> None:
        self.round.admit(request.match_info["code"].upper())

    async def _redirect(self, request: web.Request) -> web.StreamResponse:
        self._code(request)
        raise web.HTTPFound(f"/{self.round.code}/")

    async def _page(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["code"] != self.round.code:
            self._code(request)  # a lower-case code is sent to the canonical address
            raise web.HTTPFound(f"/{self.round.code}/")
        self._code(request)
        return web.Response(
            body=self._page_body,
            content_type="text/html",
            charset="utf-8",
            headers=self._page_headers,
        )

    async def _body(self, request: web.Request) -> object:
        if request.content_length is not None and request.content_length > MAX_BODY:
            raise web.HTTPRequestEntityTooLarge(MAX_BODY, request.content_length)
        if request.content_type != "application/json":
            raise Refused(400, "expected application/json")
        raw = await request.read()
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Refused(400, "malformed JSON") from None

    async def _join(self, request: web.Request) -> web.StreamResponse:
        self._code(request)
        payload = await self._body(request)
        self.round.join(payload, request.remote or "")
        return _json(200, status="joined")

    async def _answers(self, request: web.Request) -> web.StreamResponse:
        self._code(request)
        payload = await self._body(request)
        device, answers = self.round.answers(payload, request.remote or "")
        if not self.round.claim(device):
            return _json(200, status="already")  # stored before; the phone missed the reply
        try:
            await asyncio.wait_for(asyncio.wrap_future(self.deliver(answers)), STORE_TIMEOUT)
        except Exception:
            self.round.release(device)
            return _json(503, error="not stored, send again")
        return _json(200, status="stored")


def round_server(session: Session, deliver: Deliver) -> RoomServer:
    """A server for a round of the session's self-assessment (not yet listening): its
    statements, and the prediction of the other department's total when the session asks it."""
    content = load_content(session.info.language)
    statements = [str(item["id"]) for item in content.items("assessment.statements")]
    predict = (20, 100) if session.assessment.predict_reveal else None
    round_ = Round(tuple(statements), predict)
    data = page_data(content, round_.code, statements, predict)
    return RoomServer(round_, render(data, session.info.language), deliver)
