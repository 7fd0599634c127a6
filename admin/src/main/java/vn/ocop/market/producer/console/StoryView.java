package vn.ocop.market.producer.console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.ProducerStories;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.media.StoryPhotos;
import vn.ocop.market.order.ui.AddressFields;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerStatus;
import vn.ocop.market.producer.StoryEdit;
import vn.ocop.market.producer.VideoLinks;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.TextLimits;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A producer's own story, as its public page shows it: the story in Vietnamese and in English (basic
 * HTML, sanitised when saved), an optional YouTube/Facebook/TikTok video link, photos and where it is. The
 * page also tells where the producer's application stands (waiting, approved, rejected with the reason).
 */
@Prototype
@ConsoleRoles(Role.PRODUCER)
@Route(value = "admin/story", layout = AdminLayout.class)
public class StoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph status = new Paragraph();
    final TextArea story = new TextArea(I18n.text("console.story.story"));
    final TextArea storyEn = new TextArea(I18n.text("console.story.storyEn"));
    final TextField videoUrl = new TextField(I18n.text("console.story.video"));
    final AddressFields place;
    final Button save = new Button(I18n.text("console.story.save"));
    /** The Vietnamese story as saved (sanitised), as shoppers will read it. */
    final Div preview = new Div();
    private final ProducerStories stories;
    private final AdminUnits units;
    private final Map<String, HasValidation> fields = new HashMap<>();
    final StoryPhotosPanel photos;

    public StoryView(ProducerStories stories, AdminUnits units, StoryPhotos storyPhotos) {
        this.stories = stories;
        this.photos = new StoryPhotosPanel(storyPhotos);
        this.units = units;
        setMaxWidth("56rem");
        place = new AddressFields(units);
        status.setId("story-status");
        story.setId("story-vi");
        story.setWidthFull();
        story.setMinHeight("12rem");
        story.setMaxLength(TextLimits.RICH_TEXT);
        story.setHelperText(I18n.text("console.story.htmlHelp"));
        storyEn.setId("story-en");
        storyEn.setWidthFull();
        storyEn.setMinHeight("12rem");
        storyEn.setMaxLength(TextLimits.RICH_TEXT);
        videoUrl.setId("story-video");
        videoUrl.setWidthFull();
        videoUrl.setMaxLength(VideoLinks.MAX_LENGTH);
        videoUrl.setHelperText(I18n.text("console.story.videoHelp"));
        save.setId("story-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        preview.setId("story-preview");
        preview.addClassName("producer-story");
        fields.put("story", story);
        fields.put("storyEn", storyEn);
        fields.put("videoUrl", videoUrl);
        fields.put("province", place.field("province"));
        fields.put("commune", place.field("commune"));
        fields.put("address", place.field("street"));
        add(new H2(I18n.text("console.story.title")), status, story, storyEn, videoUrl,
                new H3(I18n.text("console.story.place")), place, save, photos,
                new H3(I18n.text("console.story.preview")), preview);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            SignedInUser user = CurrentUser.get().orElse(null);
            Producer producer = stories.own(user);
            show(producer);
            photos.show(user, producer.id(), producer.name());
        } catch (SecurityException refused) {
            event.rerouteToError(AccessDeniedException.class, I18n.text("console.common.noAccess"));
        }
    }

    private void show(Producer producer) {
        status.setText(producer.status() == ProducerStatus.REJECTED && producer.rejectionReason() != null
                ? I18n.text("console.story.status.rejected", producer.rejectionReason())
                : I18n.text("console.story.status." + producer.status().name()));
        story.setValue(producer.story() == null ? "" : producer.story());
        storyEn.setValue(producer.storyEn() == null ? "" : producer.storyEn());
        videoUrl.setValue(producer.videoUrl() == null ? "" : producer.videoUrl());
        place.fill(null, producer.province(), null, producer.commune(), producer.address());
        // Sanitised when it was saved (SafeHtml): no script, no event handler, no foreign frame.
        preview.getElement().setProperty("innerHTML", producer.story() == null ? "" : producer.story());
    }

    void save() {
        SignedInUser user = CurrentUser.get().orElseThrow();
        StoryEdit edit = new StoryEdit(story.getValue(), storyEn.getValue(), videoUrl.getValue(), place.provinceCode(),
                units.available() ? place.communeCode() : place.communeName(), place.street());
        try {
            Producer saved = stories.save(user, edit);
            mark(List.of());
            show(saved);
            Notification.show(I18n.text("console.story.saved"), 3000, Notification.Position.TOP_CENTER);
        } catch (InvalidInputException e) {
            mark(e.errors());
        }
    }

    private void mark(List<FieldError> errors) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (FieldError error : errors) {
            HasValidation field = fields.getOrDefault(error.field(), story);
            field.setErrorMessage(I18n.message(error));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.story.pageTitle");
    }
}
