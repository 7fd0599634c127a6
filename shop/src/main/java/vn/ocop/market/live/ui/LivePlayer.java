package vn.ocop.market.live.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import vn.ocop.market.live.LiveMode;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.ui.I18n;

import java.util.Objects;
import java.util.Optional;

/**
 * The video of a live page: the HLS stream through hls.js (loaded from its WebJar only here) for an
 * on-platform live, a sandboxed frame for a live on YouTube, Facebook or TikTok, the MP4 recording for a
 * replay, else a line saying why there is nothing to play (a replay past its days says it expired). It is redrawn only when what it plays changes.
 */
class LivePlayer extends Div {

    /** The player script, served from the WebJar with year-long cache headers. */
    static final String HLS_JS = "/webjars/hls.js/1.4.12/dist/hls.min.js";

    /** Attaches the stream: hls.js where Media Source Extensions exist, the browser's own HLS otherwise. */
    private static final String ATTACH = """
            const video = $0, src = $1, script = $2;
            const play = () => { video.muted = true; const p = video.play(); if (p) p.catch(() => {}); };
            const go = () => {
              if (window.Hls && window.Hls.isSupported()) {
                const hls = new window.Hls({liveSyncDurationCount: 2, lowLatencyMode: true});
                hls.on(window.Hls.Events.MANIFEST_PARSED, play);
                hls.on(window.Hls.Events.ERROR, (e, data) => {
                  if (data.fatal && data.type === window.Hls.ErrorTypes.NETWORK_ERROR) setTimeout(() => hls.loadSource(src), 2000);
                  else if (data.fatal) hls.recoverMediaError();
                });
                hls.loadSource(src);
                hls.attachMedia(video);
                video.__hls = hls;
              } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
                video.src = src; play();
              }
            };
            if (window.Hls) { go(); return; }
            let tag = document.querySelector('script[data-hls]');
            if (!tag) { tag = document.createElement('script'); tag.src = script; tag.dataset.hls = '1'; document.head.appendChild(tag); }
            tag.addEventListener('load', go);
            """;

    private String playing;

    LivePlayer() {
        setId("live-player");
        addClassName("live-player");
    }

    /** Shows what the state plays (replays are kept {@code replayDays}); keeps the running video when that has not changed. */
    void show(LiveState state, long replayDays) {
        String what = what(state);
        if (Objects.equals(what, playing)) {
            return;
        }
        playing = what;
        removeAll();
        if (state.status() == LiveStatus.LIVE && state.event().mode() == LiveMode.EXTERNAL) {
            external(state.event().externalUrl());
        } else if (state.status() == LiveStatus.LIVE && state.playbackUrl() != null) {
            Element video = video();
            getElement().executeJs(ATTACH, video, state.playbackUrl(), HLS_JS);
        } else if (state.status() == LiveStatus.LIVE) {
            note("live-unavailable", I18n.text("live.player.unavailable"));
        } else if (state.status() == LiveStatus.ENDED && state.replayUrl() != null) {
            Element video = video();
            video.setAttribute("src", state.replayUrl());
            video.setAttribute("preload", "metadata");
            video.removeAttribute("autoplay");
        } else if (state.status() == LiveStatus.ENDED && state.replayExpired()) {
            note("live-replay-expired", I18n.text("live.player.replayExpired", replayDays));
        } else if (state.status() == LiveStatus.ENDED) {
            note("live-no-recording", I18n.text("live.player.noRecording"));
        } else if (state.status() == LiveStatus.CANCELLED) {
            note("live-cancelled", I18n.text("live.player.cancelled"));
        } else {
            note("live-soon", I18n.text("live.player.startsAt", LiveTexts.when(state.event().startsAt())));
        }
    }

    private static String what(LiveState s) {
        return s.status() + "|" + s.playbackUrl() + "|" + s.replayUrl() + "|" + s.replayExpired() + "|"
                + s.event().externalUrl();
    }

    private Element video() {
        Element video = new Element("video");
        video.setAttribute("id", "live-video");
        video.setAttribute("controls", true);
        video.setAttribute("playsinline", true);
        video.setAttribute("muted", true);
        video.setAttribute("autoplay", true);
        getElement().appendChild(video);
        return video;
    }

    private void external(String url) {
        Optional<String> embed = LiveTexts.embed(url);
        if (embed.isPresent()) {
            IFrame frame = new IFrame(embed.get());
            frame.setId("live-embed");
            frame.setSandbox(IFrame.SandboxType.ALLOW_SCRIPTS, IFrame.SandboxType.ALLOW_SAME_ORIGIN,
                    IFrame.SandboxType.ALLOW_POPUPS, IFrame.SandboxType.ALLOW_PRESENTATION);
            frame.setAllow("autoplay; encrypted-media; picture-in-picture; fullscreen");
            frame.getElement().setAttribute("title", I18n.text("live.player.embedTitle"));
            add(frame);
        }
        Anchor out = new Anchor(url, I18n.text("live.player.openExternal"));
        out.setId("live-external-link");
        out.setTarget("_blank");
        out.getElement().setAttribute("rel", "noopener noreferrer");
        add(new Paragraph(out));
    }

    private void note(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("live-player-note");
        add(p);
    }
}
