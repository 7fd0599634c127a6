package vn.ocop.market.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LivePaths;
import vn.ocop.market.live.LiveReminders;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

/**
 * "Nhắc tôi" for an event that has not started: a signed-in shopper gets a notice and an e-mail when it
 * starts ({@link LiveReminders#subscribe}); anyone may download the calendar file.
 */
final class LiveRemindMe {

    private LiveRemindMe() {
    }

    static Div of(LiveReminders reminders, LiveEvent event) {
        Div box = new Div();
        box.addClassName("live-remind");
        long id = event.id();
        SignedInUser user = CurrentUser.get().orElse(null);
        if (user != null) {
            Span done = new Span(I18n.text("live.remind.done"));
            done.setId("live-reminded-" + id);
            done.addClassName("live-reminded");
            if (reminders.subscribed(user.id(), id)) {
                box.add(done);
            } else {
                Button remind = new Button(I18n.text("live.remind.button"), VaadinIcon.BELL.create());
                remind.setId("live-remind-" + id);
                remind.addThemeVariants(ButtonVariant.LUMO_SMALL);
                remind.addClickListener(e -> {
                    try {
                        reminders.subscribe(user.id(), id);
                        box.replace(remind, done);
                    } catch (InvalidInputException ex) {
                        box.replace(remind, new Span(I18n.messages(ex)));
                    }
                });
                box.add(remind);
            }
        }
        Anchor ics = new Anchor(LivePaths.calendar(id), I18n.text("live.remind.calendar"));
        ics.setId("live-ics-" + id);
        ics.getElement().setAttribute("router-ignore", true);
        ics.getElement().setAttribute("download", "ocop-live-" + id + ".ics");
        box.add(ics);
        return box;
    }
}
