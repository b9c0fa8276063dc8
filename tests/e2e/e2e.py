#!/usr/bin/env python3
"""End-to-end scenarios: the real dialoog binary on a real X server (Xvfb with the
openbox window manager), driven with the keyboard only through xdotool, and checked in
the database with the sqlite3 command-line tool, never with Dialoog's own code.

Usage: e2e.py --dialoog BINARY [--keep] SCENARIO
Each scenario gets its own X server, HOME, XDG folders and settings; everything it
started is stopped however it ends (the children die with the harness, even when it is
killed). Every wait polls a condition under a deadline, so a hang fails instead of
blocking. A missing tool fails the test, as a missing database server does: a scenario
that did not run has proved nothing.
"""

import argparse
import ctypes
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TOOLS = ("Xvfb", "openbox", "xdotool", "sqlite3", "import")
MORE_SCREENS_TOOLS = ("xrandr",)
MONITOR = (1280, 900)
WAIT = 20.0  # seconds any one condition may take before the scenario fails
KEY_DELAY_MS = 30  # between keys, as a quick typist; xdotool's default is 12


class Failed(Exception):
    pass


def _die_with_parent():
    # PR_SET_PDEATHSIG: the X server, openbox and Dialoog get SIGKILL when the harness
    # goes, even if it is killed itself (a ctest timeout), so nothing is left behind.
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)


def wait_for(what, condition, timeout=WAIT, interval=0.05):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failed(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


class Desktop:
    """An X server with a window manager, and a private home for Dialoog."""

    def __init__(self, work, dialoog, screens=1):
        self.work = work
        self.dialoog = dialoog
        self.screens = screens
        self.processes = []
        self.app = None
        self.database = os.path.join(work, "dialoog.sqlite")
        home = os.path.join(work, "home")
        runtime = os.path.join(work, "runtime")
        for folder in (home, runtime):
            os.makedirs(folder, mode=0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_STATE_HOME": os.path.join(home, ".local", "state"),
            "XDG_RUNTIME_DIR": runtime,
            "LANG": "C.UTF-8",
            "LANGUAGE": "en",
            "QT_QPA_PLATFORM": "xcb",
            # No session bus or accessibility bus to wait for.
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
            "NO_AT_BRIDGE": "1",
        }

    def _start(self, args, **kwargs):
        with open(os.path.join(self.work, os.path.basename(args[0]) + ".log"), "ab") as log:
            process = subprocess.Popen(args, env=self.env, stdin=subprocess.DEVNULL, stdout=log,
                                       stderr=subprocess.STDOUT, preexec_fn=_die_with_parent,
                                       **kwargs)
        self.processes.append(process)
        return process

    def start(self):
        read, write = os.pipe()
        size = f"{MONITOR[0] * self.screens}x{MONITOR[1]}x24"
        args = ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", size]
        self._start(args, pass_fds=(write,))
        os.close(write)
        number = b""
        deadline = time.monotonic() + WAIT
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read, 16) if ready else b""
            if not chunk:
                raise Failed("Xvfb did not start")
            number += chunk
        os.close(read)
        self.env["DISPLAY"] = ":" + number.decode().strip()
        started = os.path.join(self.work, "openbox-started")
        self._start(["openbox", "--sm-disable", "--startup", f"touch {started}"])
        wait_for("openbox", lambda: os.path.exists(started))
        if self.screens > 1:
            self._split_into_monitors()

    def _split_into_monitors(self):
        # One X screen shown on side-by-side monitors, as a laptop with a beamer; Qt
        # reads them as screens from RandR.
        width, height = MONITOR
        for monitor in range(self.screens):
            output = "screen" if monitor == 0 else "none"
            geometry = f"{width}/339x{height}/238+{width * monitor}+0"
            subprocess.run(["xrandr", "--setmonitor", f"monitor{monitor}", geometry, output],
                           env=self.env, check=True, capture_output=True, timeout=WAIT)
        # Set before the window manager is up, the monitors do not last: hence after it.
        monitors = subprocess.run(["xrandr", "--listmonitors"], env=self.env, check=True,
                                  capture_output=True, text=True, timeout=WAIT).stdout
        if not monitors.startswith(f"Monitors: {self.screens}"):
            raise Failed(f"the X server did not take {self.screens} monitors:\n{monitors}")

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.kill()
            process.wait()
        self.processes.clear()

    # Dialoog

    def launch(self, *args):
        self.app = self._start([self.dialoog, "--database", self.database, *args])
        return self.app

    def kill_app(self):
        self.app.send_signal(signal.SIGKILL)
        self.app.wait()
        self.app = None

    def quit_app(self):
        """Quits with Ctrl+Q as a user does, and waits until the program has ended."""
        self.key("ctrl+q")
        try:
            self.app.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            raise Failed("Dialoog did not quit on Ctrl+Q") from None
        if self.app.returncode != 0:
            raise Failed(f"Dialoog exited with {self.app.returncode}")

    def check_running(self):
        if self.app is not None and self.app.poll() is not None:
            raise Failed(f"Dialoog ended unexpectedly with {self.app.returncode}")

    # The X side, through xdotool

    def xdotool(self, *args, timeout=WAIT):
        self.check_running()
        try:
            result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True,
                                    text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Failed(f"xdotool {' '.join(args)} took over {timeout:.0f} s") from None
        return result

    def window(self, name):
        """Waits for a visible window whose title matches the regular expression `name`,
        gives it the keyboard, and returns its id."""
        window = self.find(name)
        self.activate(window)
        return window

    def activate(self, window):
        self.xdotool("windowactivate", "--sync", window)
        wait_for(f"window {window} to have the keyboard",
                 lambda: self.xdotool("getwindowfocus").stdout.strip() == window)

    def key(self, *keys):
        self.xdotool("key", "--clearmodifiers", "--delay", str(KEY_DELAY_MS), *keys)

    def type(self, text):
        self.xdotool("type", "--clearmodifiers", "--delay", str(KEY_DELAY_MS), text)

    def find(self, name):
        """Waits for a visible window whose title matches `name`, without giving it the
        keyboard, and returns its id."""
        result = self.xdotool("search", "--sync", "--onlyvisible", "--name", name)
        if result.returncode != 0 or not result.stdout.split():
            raise Failed(f"no window named {name!r}")
        return result.stdout.split()[-1]

    def grab(self, window, name=None):
        """The window's pixels as the X server holds them (raw RGB, so equal pixels give
        equal bytes); with `name`, also kept as a PNG in the scenario's folder."""
        pixels = subprocess.run(["import", "-silent", "-window", window, "rgb:-"],
                                env=self.env, check=True, capture_output=True,
                                timeout=WAIT).stdout
        if name:
            subprocess.run(["import", "-silent", "-window", window,
                            os.path.join(self.work, name + ".png")], env=self.env, check=True,
                           timeout=WAIT)
        return pixels

    def settled(self, window, name=None):
        """The window's pixels once two grabs in a row agree (it has painted)."""
        previous = self.grab(window)

        def same():
            nonlocal previous
            time.sleep(0.2)
            now = self.grab(window)
            agreed, previous = now == previous, now
            return agreed

        wait_for(f"window {window} to stop changing", same)
        return self.grab(window, name)

    # The database, through the sqlite3 tool

    def query(self, sql):
        result = subprocess.run(["sqlite3", "-batch", "-noheader", "-cmd", ".timeout 2000",
                                 self.database, sql], capture_output=True, text=True,
                                timeout=WAIT)
        if result.returncode != 0:
            raise Failed(f"sqlite3 failed on {sql!r}: {result.stderr.strip()}")
        return result.stdout.strip()

    def expect(self, sql, expected, what):
        """Waits until `sql` gives `expected` (Dialoog saves within a second or so)."""
        last = [None]

        def matches():
            self.check_running()
            last[0] = self.query(sql)
            return last[0] == expected

        try:
            wait_for(what, matches)
        except Failed:
            raise Failed(f"{what}: expected {expected!r}, the file holds {last[0]!r}") from None


# Steps more than one scenario takes

MANAGER = "Marieke de Vries"
EMPLOYEE = "Sanne de Vries"


def add_first_employee(d):
    """First start on an empty file: the manager's name, then the first employee."""
    d.window("^Dialoog")
    d.type(MANAGER)
    d.key("Tab")
    d.type("Team lead")
    d.key("Return")
    # The welcome step: its default button adds the first employee.
    d.key("Return")
    d.window("^New Employee")
    d.type(EMPLOYEE)
    d.key("Tab")
    d.type("Support engineer")
    d.key("Return")
    d.expect("SELECT name || '|' || role FROM employee", f"{EMPLOYEE}|Support engineer",
             "the first employee")


def start_conversation(d):
    """Ctrl+N on the employee just added opens a conversation window in preparation."""
    d.window("^Dialoog")
    d.key("ctrl+n")
    window = d.window(f"^{EMPLOYEE} — ")
    d.expect("SELECT count(*) FROM conversation", "1", "a new conversation")
    return window


# The scenarios


def scenario_first_start(d):
    d.launch()
    add_first_employee(d)
    settings = [os.path.join(root, name) for root, _, names in os.walk(d.env["XDG_CONFIG_HOME"])
                for name in names if name.endswith(".conf")]
    if not any(MANAGER in open(path, encoding="utf-8").read() for path in settings):
        raise Failed(f"the manager's name is in no settings file: {settings}")
    d.quit_app()
    d.launch()  # the second start goes straight to the list, with the employee in it
    d.window("^Dialoog")
    if d.query("SELECT count(*) FROM employee") != "1":
        raise Failed("the employee was not kept")
    d.quit_app()


def prepare(d):
    """Ctrl+1 lands on the first empty field, the energy score; Tab goes on in order."""
    d.key("ctrl+1")
    d.type("4")
    d.key("Tab")
    d.type("3")
    d.key("Tab", "Tab")  # the note on the scores, then the achievement line
    d.type("Wrote the onboarding guide")
    d.key("Return")
    d.expect("SELECT energy || '|' || work_happiness FROM conversation", "4|3", "the scores")
    d.expect("SELECT text FROM achievement", "Wrote the onboarding guide", "the achievement")


def set_goal(d):
    """Ctrl+2 lands on the new-goal line: the goal is typed straight away."""
    d.key("ctrl+2")
    d.type("Give a talk at the meetup")
    d.key("Return")  # the goal is added; the keyboard goes on to its Why
    d.type("To be seen as the expert")
    d.key("Tab", "Tab", "Tab")  # past the steps list and the kind of step
    d.type("Practise at the team meeting")
    d.key("Return")
    d.expect("SELECT what || '|' || why FROM goal",
             "Give a talk at the meetup|To be seen as the expert", "the goal, with its why")
    d.expect("SELECT kind || '|' || text FROM goal_step", "task|Practise at the team meeting",
             "the goal's step")


def answer_questions(d, first, second):
    """Ctrl+3 lands in the first unanswered answer; Tab goes on to the next one."""
    d.key("ctrl+3")
    d.type(first)
    d.key("Tab")
    d.type(second)


def take_notes(d):
    """Both ways of the note shortcuts: text first then the kind, and the kind first."""
    d.key("ctrl+l")
    d.type("Mentioned the analytics project")
    d.key("Return")
    d.type("Seems tired lately")
    d.key("ctrl+shift+p")
    d.key("ctrl+shift+a")
    d.type("Book the presentation course")
    d.key("Return")
    d.type("Check in every two weeks")
    d.key("ctrl+shift+g")
    d.expect("SELECT group_concat(text || ':' || private, '|') FROM (SELECT * FROM note "
             "ORDER BY id)", "Mentioned the analytics project:0|Seems tired lately:1",
             "a note and a private note")
    d.expect("SELECT text FROM action_item", "Book the presentation course",
             "the action item made kind first")
    d.expect("SELECT text FROM agreement", "Check in every two weeks",
             "the agreement made text first")


def wrap_up(d):
    """Ctrl+4 lands in the summary; the follow-up in six weeks; then finish."""
    d.key("ctrl+4")
    d.type("Wants to grow towards presenting.")
    d.key("alt+d", "Tab", "Tab", "space")  # the date field, +2 weeks, +6 weeks
    d.key("ctrl+Return")
    held = "FROM conversation WHERE id = (SELECT min(id) FROM conversation)"
    d.expect(f"SELECT summary {held}", "Wants to grow towards presenting.", "the summary")
    d.expect(f"SELECT julianday(next_follow_up) - julianday(planned_date) {held}", "42.0",
             "the follow-up in six weeks")
    d.expect(f"SELECT phase {held}", "finished", "the finished conversation")
    d.expect("SELECT count(*) FROM conversation WHERE planned_date = (SELECT next_follow_up "
             f"{held}) AND phase = 'preparation'", "1", "the next conversation, planned")


def scenario_whole_conversation(d):
    d.launch()
    add_first_employee(d)
    start_conversation(d)
    prepare(d)
    set_goal(d)
    answer_questions(d, "Solving hard customer problems", "More time for the analytics project")
    d.expect("SELECT group_concat(text, '|') FROM (SELECT text FROM answer ORDER BY id)",
             "Solving hard customer problems|More time for the analytics project",
             "both answers")
    take_notes(d)
    wrap_up(d)
    d.key("ctrl+w")
    d.window("^Dialoog")
    d.quit_app()


def scenario_kill_while_typing(d):
    """kill -9 one second after the last key in an answer: every word is in the file."""
    d.launch()
    add_first_employee(d)
    start_conversation(d)
    words = "We talked about the move to the new team and what it asks of her"
    d.key("ctrl+3")
    d.type(words)
    time.sleep(1.0)
    d.kill_app()
    d.expect("SELECT text FROM answer", words, "every word typed before the kill")
    d.launch()  # the file opens again after the crash, answer and all
    d.window("^Dialoog")
    d.expect("SELECT text FROM answer", words, "the answer after the restart")
    d.quit_app()


def scenario_employee_screen(d):
    """Show to Employee on the second monitor while a private note is typed: that window
    never shows it. What the employee sees is the window's pixels, so they are compared:
    typing and adding the private note leaves them exactly as they were, while an
    agreement just before does change them (the grab sees what the window shows)."""
    d.launch()
    add_first_employee(d)
    manager = start_conversation(d)
    d.key("ctrl+2")
    d.type("Give a talk at the meetup")
    d.key("Return")
    d.expect("SELECT what FROM goal", "Give a talk at the meetup", "the goal")
    d.key("F5")
    screen = d.find("^Our Conversation")
    geometry = d.xdotool("getwindowgeometry", "--shell", screen).stdout
    if "X=1280" not in geometry or "WIDTH=1280" not in geometry:
        raise Failed(f"the employee's window is not full screen on the second monitor:\n{geometry}")
    if d.xdotool("getwindowfocus").stdout.strip() != manager:
        raise Failed("showing the employee's window took the keyboard from the manager")

    before = d.settled(screen, "employee-before")
    d.key("ctrl+l")
    d.type("Pair on the slides every Friday")
    d.key("ctrl+shift+g")
    d.expect("SELECT text FROM agreement", "Pair on the slides every Friday", "the agreement")
    agreed = d.settled(screen, "employee-agreed")
    if agreed == before:
        raise Failed("the agreement did not reach the employee's window: the check below "
                     "would prove nothing")

    secret = "Seems tired and unsure about the move"
    for word in secret.split():
        d.type(word + " ")
        if d.grab(screen) != agreed:
            d.grab(screen, "employee-while-typing")
            raise Failed("the employee's window changed while the private note was typed")
    d.key("ctrl+shift+p")
    d.expect("SELECT text || ':' || private FROM note", secret + ":1", "the private note")
    time.sleep(1.5)  # a save and any late repaint
    if d.settled(screen, "employee-after") != agreed:
        raise Failed("the employee's window changed when the private note was added")
    if secret.split()[1] in d.xdotool("getwindowname", screen).stdout:
        raise Failed("the employee's window title shows the private note")
    d.key("F5")
    wait_for("the employee's window to close",
             lambda: d.xdotool("search", "--onlyvisible", "--name", "^Our Conversation")
             .returncode != 0)
    d.key("ctrl+w")
    d.window("^Dialoog")
    d.quit_app()


SCENARIOS = {
    "first_start": (scenario_first_start, 1),
    "whole_conversation": (scenario_whole_conversation, 1),
    "kill_while_typing": (scenario_kill_while_typing, 1),
    "employee_screen": (scenario_employee_screen, 2),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dialoog", required=True, help="the dialoog binary")
    parser.add_argument("--keep", action="store_true", help="keep the scenario's folder")
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    options = parser.parse_args()
    run, screens = SCENARIOS[options.scenario]
    tools = TOOLS + (MORE_SCREENS_TOOLS if screens > 1 else ())
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        print(f"e2e: cannot run, missing {' '.join(missing)} (scripts/install-deps installs them)")
        return 1
    work = tempfile.mkdtemp(prefix=f"dialoog-e2e-{options.scenario}-")
    desktop = Desktop(work, os.path.abspath(options.dialoog), screens)
    started = time.monotonic()
    try:
        desktop.start()
        run(desktop)
    except Failed as failure:
        # What the screen showed when it failed, for whoever reads the log.
        try:
            desktop.grab("root", "failure")
            print(f"e2e: the screen at the failure: {work}/failure.png", file=sys.stderr)
        except (subprocess.SubprocessError, OSError):
            pass
        print(f"e2e {options.scenario}: FAILED: {failure}", file=sys.stderr)
        print(f"e2e: logs of Xvfb, openbox and Dialoog in {work}", file=sys.stderr)
        options.keep = True
        return 1
    finally:
        desktop.stop()
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"e2e {options.scenario}: passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
