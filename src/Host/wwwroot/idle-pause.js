// A staff screen nobody touches for a while pauses its Blazor circuit: the server hands the screen's state to the
// browser and frees the circuit's memory (about half a megabyte each, mostly render trees). The first key
// press, pointer movement or return to the tab resumes it. A connection that drops for other reasons still gets
// Blazor's own reconnect; both show in the Dutch dialog #components-reconnect-modal.
(() => {
    const script = document.currentScript;
    const idleAfter = Number(script.dataset.idleSeconds) * 1000;
    if (!(idleAfter > 0)) {
        return;
    }

    let timer;
    let paused = false;
    let busy = false;
    // Blazor shows the paused dialog before pauseCircuit() settles; a key pressed in between must still resume.
    let activityWhilePausing = false;

    async function pause() {
        if (paused || busy) {
            return;
        }

        // Reconnecting after a dropped connection, or refused: try again after another idle period.
        if (document.getElementById("components-reconnect-modal")?.classList.contains("components-reconnect-show")) {
            timer = setTimeout(pause, idleAfter);
            return;
        }

        busy = true;
        activityWhilePausing = false;
        try {
            paused = await Blazor.pauseCircuit();
        } catch {
            paused = false;
        } finally {
            busy = false;
        }

        if (paused && activityWhilePausing) {
            resume();
        } else if (!paused) {
            timer = setTimeout(pause, idleAfter);
        }
    }

    async function resume() {
        busy = true;
        try {
            paused = !(await Blazor.resumeCircuit());
        } finally {
            busy = false;
        }
    }

    function activity() {
        clearTimeout(timer);
        timer = setTimeout(pause, idleAfter);
        if (busy) {
            activityWhilePausing = true;
        } else if (paused) {
            resume();
        }
    }

    // "input" and "focusin" also count: pasting, autofill, dictation and moving through a form change it without keys.
    for (const type of ["pointerdown", "pointermove", "keydown", "wheel", "touchstart", "input", "focusin"]) {
        addEventListener(type, activity, { passive: true, capture: true });
    }

    document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && activity());
    document.getElementById("focus-resume")?.addEventListener("click", activity);
    document.getElementById("focus-reload")?.addEventListener("click", () => location.reload());
    activity();
})();
