package io.decklint.export;

import com.google.gson.JsonObject;
import java.util.Base64;

/** One tab of the {@link HeadlessBrowser}, attached as a DevTools session. */
final class BrowserPage {
    /**
     * Resolves once the page is ready to be captured: loaded (images included), reveal.js ready, its print
     * layout done when printing, fonts loaded, and then {@code window.decklintReady} (math and diagrams drawn;
     * undefined, so at once, on pages that draw none).
     */
    private static final String READY = """
            new Promise(function (resolve, reject) {
              var printing = /print-pdf/gi.test(window.location.search);
              (function check() {
                if (document.readyState === 'complete' && window.Reveal && Reveal.isReady()
                    && (!printing || document.body.classList.contains('print-pdf'))) {
                  document.fonts.ready.then(function () { return window.decklintReady; })
                    .then(function () { resolve(true); }, reject);
                } else {
                  setTimeout(check, 20);
                }
              })();
            })""";
    /** Two frames after a change, what it changed is painted. */
    private static final String PAINTED = "new Promise(function (resolve) { requestAnimationFrame(function () { "
            + "requestAnimationFrame(function () { resolve(true); }); }); })";

    private final DevTools devTools;
    private final String session;

    BrowserPage(DevTools devTools, String session) {
        this.devTools = devTools;
        this.session = session;
    }

    void resize(int width, int height) throws ExportException {
        JsonObject size = new JsonObject();
        size.addProperty("width", width);
        size.addProperty("height", height);
        size.addProperty("deviceScaleFactor", 1);
        size.addProperty("mobile", false);
        devTools.call(session, "Emulation.setDeviceMetricsOverride", size);
    }

    /** Opens the address and waits until the page is ready to be captured. */
    void open(String url) throws ExportException {
        JsonObject navigate = new JsonObject();
        navigate.addProperty("url", url);
        JsonObject result = devTools.call(session, "Page.navigate", navigate);
        if (result.has("errorText")) {
            throw new ExportException("the browser could not open the deck's page: "
                    + result.get("errorText").getAsString());
        }
        evaluate(READY);
    }

    /** Runs a script in the page, awaiting the promise it may return; a script that throws is an error. */
    JsonObject evaluate(String script) throws ExportException {
        JsonObject params = new JsonObject();
        params.addProperty("expression", script);
        params.addProperty("awaitPromise", true);
        params.addProperty("returnByValue", true);
        JsonObject result = devTools.call(session, "Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            JsonObject details = result.getAsJsonObject("exceptionDetails");
            String message = details.has("exception") && details.getAsJsonObject("exception").has("description")
                    ? details.getAsJsonObject("exception").get("description").getAsString()
                    : details.get("text").getAsString();
            throw new ExportException("the deck's page failed: " + message.lines().findFirst().orElse(message));
        }
        return result.getAsJsonObject("result");
    }

    /** Waits until what the last script changed is painted. */
    void painted() throws ExportException {
        evaluate(PAINTED);
    }

    /** The page printed as reveal.js's print style lays it out: the page size is the one its CSS asks for. */
    byte[] pdf() throws ExportException {
        JsonObject params = new JsonObject();
        params.addProperty("printBackground", true);
        params.addProperty("preferCSSPageSize", true);
        params.addProperty("marginTop", 0);
        params.addProperty("marginBottom", 0);
        params.addProperty("marginLeft", 0);
        params.addProperty("marginRight", 0);
        return data(devTools.call(session, "Page.printToPDF", params));
    }

    /** What the viewport shows, as PNG. */
    byte[] png() throws ExportException {
        JsonObject params = new JsonObject();
        params.addProperty("format", "png");
        return data(devTools.call(session, "Page.captureScreenshot", params));
    }

    private static byte[] data(JsonObject result) {
        return Base64.getDecoder().decode(result.get("data").getAsString());
    }
}
