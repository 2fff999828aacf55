"""The participant page's web server: aiohttp on its own thread and asyncio loop.

It listens only while the facilitator has the room open, on the one address the facilitator
picked and a free port the system chooses. It answers five URLs under the room code and nothing
else: the page, a redirect to it, the live socket that tells phones when a round opens, closes
or is revealed, joining, and sending an answer set. Every request passes the room's checks (room
code, open round of that kind, rate limits); bodies over MAX_BODY are refused with 413, anything
malformed with 400. Imported only when the facilitator opens a round.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from typing import Any

from aiohttp import WSMsgType, web

from workshop_app.room.kinds import Refused
from workshop_app.room.round import DEVICES_PER_ADDRESS, MAX_BODY, MAX_DEVICES, PhoneAnswers, Room

# Seconds a closing room gives the replies still on their way (their answers already stored).
SHUTDOWN_TIMEOUT = 2.0
STORE_TIMEOUT = 15.0  # seconds the window may take to store an answer set before the phone retries
HEARTBEAT = 15.0  # seconds between pings on a live socket: a phone gone quiet is let go
# Deliver an answer set to the session; the future completes once it is stored (or fails).
Deliver = Callable[[PhoneAnswers], "Future[None]"]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Page = Callable[[dict[str, Any] | None], str]  # the page's HTML for the room's current state

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


def _json(http: int, **body: object) -> web.Response:
    return web.json_response(body, status=http)


class RoomServer:
    """One room's server. ``start`` returns once it listens; ``stop`` once it no longer does."""

    def __init__(self, room: Room, page: tuple[Page, str], deliver: Deliver) -> None:
        self.room = room
        self._page, script = page  # the page, and the CSP source of its one script
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
        self._sockets: dict[web.WebSocketResponse, str] = {}  # live socket → network address

    @property
    def round(self) -> Any:
        """The room's current (or last) round."""
        return self.room.current

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.room.code}"

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
        loop.run_until_complete(self._farewell())
        loop.run_until_complete(self._runner.cleanup())
        loop.close()

    async def _farewell(self) -> None:
        # The last word before the room closes: the round is over, whatever was pushed or not.
        await self._send_all(json.dumps({"round": self.room.state()}))
        for socket in list(self._sockets):
            await socket.close()

    def stop(self) -> None:
        self.room.close_round()
        self.push()
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._loop = self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def push(self) -> None:
        """Tell every phone on a live socket what the room's round is now (any thread)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        message = json.dumps({"round": self.room.state()})
        try:
            loop.call_soon_threadsafe(lambda: loop.create_task(self._send_all(message)))
        except RuntimeError:
            pass  # the loop has just stopped: the phones find the room gone

    async def _send_all(self, message: str) -> None:
        for socket in list(self._sockets):
            if not socket.closed:
                try:
                    await socket.send_str(message)
                except (ConnectionError, RuntimeError):
                    self._sockets.pop(socket, None)

    # ------------------------------------------------------------------ the application

    def _app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get("/{code}", self._redirect)
        app.router.add_get("/{code}/", self._page_view)
        app.router.add_get("/{code}/live", self._live)
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
        if not response.prepared:  # a live socket has sent its headers already
            response.headers.update(SECURITY_HEADERS)
        return response

    def _code(self, request: web.Request) -> None:
        self.room.admit(request.match_info["code"].upper())

    async def _redirect(self, request: web.Request) -> web.StreamResponse:
        self._code(request)
        raise web.HTTPFound(f"/{self.room.code}/")

    async def _page_view(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["code"] != self.room.code:
            self._code(request)  # a lower-case code is sent to the canonical address
            raise web.HTTPFound(f"/{self.room.code}/")
        self._code(request)
        return web.Response(
            body=self._page(self.room.state()).encode("utf-8"),
            content_type="text/html",
            charset="utf-8",
            headers=self._page_headers,
        )

    async def _live(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["code"] != self.room.code:
            raise Refused(404, "unknown room")
        self._code(request)
        address = request.remote or ""
        if len(self._sockets) >= MAX_DEVICES * 2 or (
            sum(1 for a in self._sockets.values() if a == address) >= DEVICES_PER_ADDRESS
        ):
            raise Refused(429, "too many live connections")
        socket = web.WebSocketResponse(heartbeat=HEARTBEAT, max_msg_size=256)
        socket.headers.update(SECURITY_HEADERS)
        await socket.prepare(request)
        self._sockets[socket] = address
        try:
            await socket.send_str(json.dumps({"round": self.room.state()}))
            async for message in socket:  # phones only listen; whatever they send is ignored
                if message.type == WSMsgType.ERROR:
                    break
        finally:
            self._sockets.pop(socket, None)
        return socket

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
        self.room.join(payload, request.remote or "")
        return _json(200, status="joined")

    async def _answers(self, request: web.Request) -> web.StreamResponse:
        self._code(request)
        payload = await self._body(request)
        round_, key, answers = self.room.answers(payload, request.remote or "")
        if not round_.claim(key, answers.department):
            return _json(200, status="already")  # stored before; the phone missed the reply
        try:
            await asyncio.wait_for(asyncio.wrap_future(self.deliver(answers)), STORE_TIMEOUT)
        except Refused as refused:  # this set alone could not be taken
            round_.release(key)
            return _json(refused.status, error=str(refused))
        except Exception:
            round_.release(key)
            return _json(503, error="not stored, send again")
        return _json(200, status="stored")
