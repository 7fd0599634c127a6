package vn.ocop.market.producer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.follow.Follows;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

/**
 * The follower count and the follow button: a signed-in shopper follows or stops following with
 * one click; someone not signed in is offered the sign-in page, which returns here; staff see the
 * count only.
 */
class FollowBox extends Div {

    private final Follows follows;
    private final long producerId;
    private final Span count = new Span();

    FollowBox(Follows follows, long producerId, String slug) {
        this.follows = follows;
        this.producerId = producerId;
        addClassName("follow-box");
        count.setId("follower-count");
        add(count);
        SignedInUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            Anchor signIn = new Anchor("/dang-nhap?tiep=chu-the/" + slug, I18n.text("producer.follow.signIn"));
            signIn.setId("follow-sign-in");
            add(signIn);
        } else if (user.role() == Role.CONSUMER) {
            Button button = new Button();
            button.setId("follow-button");
            show(button, follows.follows(user, producerId));
            button.addClickListener(click -> {
                try {
                    show(button, follows.toggle(CurrentUser.get().orElse(null), producerId));
                } catch (InvalidInputException refused) {
                    Notification.show(I18n.messages(refused));
                }
            });
            add(button);
        }
        showCount();
    }

    private void show(Button button, boolean following) {
        button.setText(I18n.text(following ? "producer.follow.unfollow" : "producer.follow.follow"));
        button.getElement().setAttribute("aria-pressed", Boolean.toString(following));
        if (following) {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        showCount();
    }

    private void showCount() {
        count.setText(I18n.text("producer.follow.count", follows.count(producerId)));
    }
}
