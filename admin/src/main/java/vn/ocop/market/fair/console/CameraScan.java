package vn.ocop.market.fair.console;

import com.vaadin.flow.dom.Element;

/**
 * Reads QR codes with the phone's camera through the browser's BarcodeDetector (Chrome on Android,
 * Safari 17+); each code read is sent to the view's client-callable method once. Where the browser has
 * no detector, the view says so and the code is typed.
 */
final class CameraScan {

    private static final String SCRIPT = """
            const view = $0, box = $1, method = $2, unsupported = $3;
            if (!('BarcodeDetector' in window) || !navigator.mediaDevices) {
              box.textContent = unsupported;
              return;
            }
            if (box.querySelector('video')) {
              return;
            }
            const video = document.createElement('video');
            video.setAttribute('playsinline', '');
            video.muted = true;
            video.style.maxWidth = '100%';
            box.replaceChildren(video);
            const detector = new BarcodeDetector({formats: ['qr_code']});
            let last = '';
            navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}}).then(stream => {
              video.srcObject = stream;
              video.play();
              const tick = () => {
                if (!video.isConnected) {
                  stream.getTracks().forEach(t => t.stop());
                  return;
                }
                detector.detect(video).then(codes => {
                  if (codes.length && codes[0].rawValue !== last) {
                    last = codes[0].rawValue;
                    view.$server[method](last);
                    setTimeout(() => { last = ''; }, 3000);
                  }
                }).catch(() => {}).finally(() => setTimeout(tick, 300));
              };
              tick();
            }).catch(() => { box.textContent = unsupported; });
            """;

    private CameraScan() {
    }

    static void start(Element view, Element box, String method, String unsupported) {
        view.executeJs(SCRIPT, view, box, method, unsupported);
    }
}
