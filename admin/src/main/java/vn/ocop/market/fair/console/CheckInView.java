package vn.ocop.market.fair.console;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.fair.Visitors;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The gate's check-in (officers): type a badge's code, or scan it with the phone's camera where the
 * browser has a barcode detector. A badge checks in once; a second scan says when it first did.
 */
@Prototype
@Route(value = "admin/fairs/check-in", layout = AdminLayout.class)
public class CheckInView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    final TextField code = new TextField(I18n.text("console.checkIn.code"));
    final Button checkIn = new Button(I18n.text("console.checkIn.submit"));
    final Button camera = new Button(I18n.text("console.checkIn.camera"));
    final Div result = new Div();
    final Paragraph counts = new Paragraph();
    private final Visitors visitors;

    public CheckInView(Visitors visitors) {
        this.visitors = visitors;
        code.setId("check-in-code");
        code.setMaxLength(40);
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX");
        checkIn.setId("check-in");
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checkIn.addClickShortcut(Key.ENTER);
        checkIn.addClickListener(e -> checkIn(code.getValue()));
        camera.setId("check-in-camera");
        result.setId("check-in-result");
        counts.setId("check-in-counts");
        Div video = new Div();
        video.setId("check-in-video");
        camera.addClickListener(e -> CameraScan.start(getElement(), video.getElement(), "scanned",
                I18n.text("console.checkIn.noCamera")));
        add(new H2(I18n.text("console.checkIn.title")), new Paragraph(I18n.text("console.checkIn.intro")),
                code, checkIn, camera, video, result, counts);
    }

    /** A code the camera read. */
    @ClientCallable
    void scanned(String value) {
        code.setValue(value == null ? "" : value);
        checkIn(code.getValue());
    }

    void checkIn(String typed) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        result.removeAll();
        code.setInvalid(false);
        try {
            Visitors.CheckIn done = visitors.checkIn(user, typed);
            Paragraph line = new Paragraph(done.first()
                    ? I18n.text("console.checkIn.welcome", done.badge().name(), done.badge().provinceName())
                    : I18n.text("console.checkIn.already", done.badge().name(), WHEN.format(done.checkedInAt())));
            line.addClassName(done.first() ? "check-in-ok" : "check-in-again");
            result.add(line);
            Visitors.Counts c = visitors.counts(done.badge().fairId());
            counts.setText(I18n.text("console.checkIn.counts", done.badge().fairName(), c.checkedIn(), c.registered()));
            code.clear();
            code.focus();
        } catch (InvalidInputException e) {
            code.setErrorMessage(I18n.message(e.errors().get(0)));
            code.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.checkIn.pageTitle");
    }
}
