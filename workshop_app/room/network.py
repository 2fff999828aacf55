"""The addresses the facilitator can open a round on: this computer's IPv4 addresses.

Found with the standard library only: the addresses the host name resolves to, the address a
route to a private network would leave from (no packet is sent), and on Linux each interface's
own address. Loopback comes last: it serves only this computer (for a rehearsal or a test).
"""

from __future__ import annotations

import socket
import struct
import sys
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Address:
    ip: str
    interface: str = ""  # "wlan0", when the system names it

    @property
    def loopback(self) -> bool:
        return self.ip.startswith("127.")


def _linux_interfaces() -> list[Address]:
    if not sys.platform.startswith("linux"):
        return []
    import fcntl

    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _index, name in socket.if_nameindex():
            try:
                packed = fcntl.ioctl(
                    probe.fileno(), 0x8915, struct.pack("256s", name.encode()[:15])
                )  # SIOCGIFADDR
            except OSError:
                continue  # no IPv4 address on it
            found.append(Address(socket.inet_ntoa(packed[20:24]), name))
    return found


def _routed() -> list[Address]:
    found = []
    for target in ("10.255.255.255", "192.168.255.255", "172.31.255.255"):
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
                probe.connect((target, 9))  # UDP: chooses a route, sends nothing
                found.append(Address(probe.getsockname()[0]))
        except OSError:
            continue
    return found


def _resolved() -> list[Address]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return [Address(str(info[4][0])) for info in infos]


def addresses() -> list[Address]:
    """Every IPv4 address of this computer, loopback last, each once (named where known)."""
    seen: dict[str, Address] = {}
    for address in [*_linux_interfaces(), *_routed(), *_resolved(), Address(LOOPBACK, "lo")]:
        if address.ip == "0.0.0.0":
            continue
        if address.ip not in seen or (address.interface and not seen[address.ip].interface):
            seen[address.ip] = address
    return sorted(seen.values(), key=lambda a: a.loopback)


def default_address() -> Address:
    """The first address that is not loopback, else loopback."""
    return addresses()[0]
