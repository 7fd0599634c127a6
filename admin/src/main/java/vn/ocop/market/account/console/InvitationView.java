package vn.ocop.market.account.console;

import vn.ocop.market.account.ui.NewPasswordFields;
import vn.ocop.market.account.ui.FormErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Invitations;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.Map;
import java.util.Optional;

/** The link in an invitation e-mail: the invitee chooses a name and a password and is signed in. */
@Prototype
@Route("admin/invitation")
public class InvitationView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    final TextField name = new TextField(I18n.text("console.invitation.name"));
    final NewPasswordFields passwords = new NewPasswordFields("invitation");
    final Button accept = new Button(I18n.text("console.invitation.accept"));
    final Paragraph problem = new Paragraph();
    private final Invitations invitations;

    public InvitationView(Invitations invitations) {
        this.invitations = invitations;
        addClassName("login-view");
        name.setId("invitation-name");
        name.setMaxLength(120);
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.setId("invitation-problem");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(I18n.text("console.invitation.title")));
        Optional<Invitations.Invitation> invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            problem.setText(I18n.text("console.invitation.invalid"));
            add(problem, new Paragraph(new Anchor("/admin/login", I18n.text("console.invitation.signIn"))));
            return;
        }
        Invitations.Invitation i = invitation.get();
        add(new Paragraph(I18n.text("console.invitation.account", i.email() + " · " + StaffRoles.label(i.role())
                + (i.producerName() == null ? "" : " · " + i.producerName()))));
        passwords.addComponentAsFirst(name);
        accept.addClickListener(e -> {
            try {
                SignedInUser user = invitations.accept(token, name.getValue(), passwords.password.getValue(),
                        passwords.confirm.getValue());
                CurrentUser.signIn(user);
                getUI().ifPresent(ui -> ui.navigate(AdminLayout.homeFor(user)));
            } catch (InvalidInputException refused) {
                Map<String, HasValidation> fields = Map.of("displayName", name, "password", passwords.password,
                        "confirm", passwords.confirm);
                FormErrors.show(fields, passwords.password, refused.errors());
                refused.errors().stream().filter(f -> f.field().equals("token")).findFirst()
                        .ifPresent(f -> {
                            problem.setText(I18n.message(f));
                            add(problem);
                        });
            }
        });
        add(passwords, new Div(accept));
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.invitation.pageTitle");
    }
}
