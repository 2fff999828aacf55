"""Answers from participants' phones over the room's own network, with no internet.

`round` keeps one round's state (room code, who joined, limits) and checks what a phone sends;
`intake` turns a phone's answer set into the session's data; `server` serves the participant page
with aiohttp in a thread of its own; `network` lists the addresses the facilitator can pick.
aiohttp is imported only by `server`, which loads only when the facilitator opens a round.
"""
