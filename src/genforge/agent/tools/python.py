"""Sandboxed Python: run untrusted code in a child interpreter under OS limits.

What is isolated (each run, enforced before the code starts, in the child itself):

* **CPU** time (``RLIMIT_CPU``, then SIGKILL) and **wall** time (the parent kills the
  whole process group after ``wall_seconds``);
* **memory**: address space (``RLIMIT_AS``);
* **file size**: no file may grow past ``file_bytes`` (``RLIMIT_FSIZE``); stdout and stderr
  go to files in the scratch dir, so output is capped the same way;
* **processes**: ``RLIMIT_NPROC`` 0 (no fork for a non-root user) and an audit hook that
  refuses ``os.fork``, ``subprocess``, ``os.system``, ``os.exec*`` and ``posix_spawn``;
* **network**: a fresh, empty network namespace (``unshare(CLONE_NEWUSER|CLONE_NEWNET)``:
  no interface, not even a working loopback) where the kernel allows unprivileged user
  namespaces; always also an audit hook refusing socket connect/bind/sendto and name
  lookups. ``SandboxResult.network_namespace`` says whether the namespace was in place;
* **files written**: the audit hook refuses opening a file for writing outside the scratch
  dir (a fresh temporary folder, the working directory, deleted afterwards); the
  interpreter runs with ``-I`` (no environment variables, no user site-packages) and a
  minimal environment.

What is NOT isolated: the code can *read* any file the server's user can read; the audit
hook is a Python-level guard that native code can get around, so the network namespace
and the rlimits are the real walls (``ctypes`` loading is refused by the hook as well);
there is no seccomp filter and no container. Run the server as a user with no secrets
readable if untrusted people can reach the python tool.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from genforge.agent.tools.base import Tool

# Runs first in the child: limits, namespace, audit hook, then the user's code.
_BOOT = r"""
import json, os, resource, sys
cfg = json.loads(sys.argv[1])
def new_netns():
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.unshare(0x10000000 | 0x40000000) == 0  # CLONE_NEWUSER | CLONE_NEWNET
    except Exception:
        return False
netns = new_netns()
with open("netns", "w") as f:
    f.write("1" if netns else "0")
for name, value in (("RLIMIT_CPU", cfg["cpu"]), ("RLIMIT_AS", cfg["mem"]),
                    ("RLIMIT_FSIZE", cfg["fsize"]), ("RLIMIT_NPROC", 0), ("RLIMIT_CORE", 0)):
    resource.setrlimit(getattr(resource, name), (value, value))
scratch = os.path.realpath(os.getcwd())
BLOCKED = ("os.fork", "os.forkpty", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
           "subprocess.Popen", "pty.spawn", "socket.connect", "socket.bind", "socket.sendto",
           "socket.sendmsg", "socket.getaddrinfo", "socket.gethostbyname", "ctypes.dlopen",
           "ctypes.dlsym", "ctypes.cdata", "os.kill", "os.killpg", "resource.setrlimit",
           "resource.prlimit", "sys.addaudithook")
def guard(event, args):
    if event in BLOCKED:
        raise PermissionError(f"sandbox: {event} is not allowed")
    if event == "open" and args[0] is not None and not isinstance(args[0], int):
        mode, flags = args[1] or "r", args[2] or 0
        writes = any(c in mode for c in "wax+") or flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        if writes:
            path = os.path.realpath(os.fsdecode(args[0]))
            if path != scratch and not path.startswith(scratch + os.sep):
                raise PermissionError(f"sandbox: writing outside the scratch folder: {path}")
sys.addaudithook(guard)
del cfg, f, name, value
sys.argv = ["main.py"]
code = compile(open("main.py", encoding="utf-8").read(), "main.py", "exec")
exec(code, {"__name__": "__main__", "__builtins__": __builtins__})
"""


@dataclass
class SandboxLimits:
    cpu_seconds: int = 5
    wall_seconds: float = 10.0
    memory_bytes: int = 512 * 1024 * 1024
    file_bytes: int = 1024 * 1024
    output_chars: int = 8000


@dataclass
class SandboxResult:
    stdout: str
    stderr: str
    exit_code: int | None  # negative: killed by that signal
    timed_out: bool
    network_namespace: bool

    @property
    def verdict(self) -> str:
        """A one-line reason when the run did not end normally."""
        if self.timed_out:
            return "killed: wall-clock time limit"
        code = self.exit_code
        if code is None or code >= 0:
            return "" if code == 0 else f"exit code {code}"
        sig = -code
        reasons = {
            signal.SIGXCPU: "killed: CPU time limit",
            signal.SIGKILL: "killed: CPU time limit or memory",
            signal.SIGXFSZ: "killed: file size limit",
        }
        return reasons.get(sig, f"killed by signal {sig}")


def run_python(code: str, limits: SandboxLimits | None = None) -> SandboxResult:
    """Run ``code`` in a fresh sandboxed interpreter (see the module docstring)."""
    lim = limits or SandboxLimits()
    cfg = {"cpu": lim.cpu_seconds, "mem": lim.memory_bytes, "fsize": lim.file_bytes}
    with tempfile.TemporaryDirectory(prefix="genforge-sandbox-") as scratch:
        root = Path(scratch)
        (root / "main.py").write_text(code, encoding="utf-8")
        env = {"PATH": "/usr/bin:/bin", "HOME": scratch, "TMPDIR": scratch, "LANG": "C.UTF-8"}
        with open(root / "stdout", "wb") as out, open(root / "stderr", "wb") as err:
            proc = subprocess.Popen(
                [sys.executable, "-I", "-c", _BOOT, json.dumps(cfg)],
                cwd=scratch,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,  # its own process group, killed as a whole
            )
            timed_out = False
            deadline = time.monotonic() + lim.wall_seconds
            try:
                proc.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                timed_out = True
            finally:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                proc.wait()
        netns = (root / "netns").is_file() and (root / "netns").read_text() == "1"

        def read(name: str) -> str:
            data = (root / name).read_bytes()[: lim.output_chars * 4]
            return data.decode("utf-8", errors="replace")[: lim.output_chars]

        return SandboxResult(read("stdout"), read("stderr"), proc.returncode, timed_out, netns)


def _run(args: dict) -> str:
    res = run_python(args.get("code", ""))
    parts = []
    if res.stdout:
        parts.append(res.stdout.rstrip("\n"))
    if res.stderr:
        parts.append("stderr:\n" + res.stderr.rstrip("\n"))
    if res.verdict:
        parts.append(f"[{res.verdict}]")
    return "\n".join(parts) or "(no output)"


def python_tool() -> Tool:
    # No side effects outside its scratch folder (deleted after each run) and no network.
    return Tool(
        name="python",
        description="Run Python 3 code in a sandbox (no network, 5 s CPU); print() the result.",
        parameters={
            "type": "object",
            "properties": {"code": {"type": "string"}},
            "required": ["code"],
            "additionalProperties": False,
        },
        fn=_run,
    )
