package vn.ocop.market.live.console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.ocop.market.live.LiveDraft;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveMode;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.ui.I18n;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A live event's details as the producer fills them in; {@link #draft} reads them with the items. */
class LiveEventForm extends FormLayout {

    final TextField title = new TextField(I18n.text("console.live.form.title"));
    final TextArea description = new TextArea(I18n.text("console.live.form.description"));
    final DateTimePicker startsAt = new DateTimePicker(I18n.text("console.live.form.startsAt"));
    final IntegerField minutes = new IntegerField(I18n.text("console.live.form.minutes"));
    final RadioButtonGroup<LiveMode> mode = new RadioButtonGroup<>(I18n.text("console.live.form.mode"));
    final TextField externalUrl = new TextField(I18n.text("console.live.form.externalUrl"));

    LiveEventForm() {
        title.setId("live-title");
        title.setMaxLength(200);
        description.setId("live-description");
        description.setMaxLength(5000);
        startsAt.setId("live-starts-at");
        minutes.setId("live-minutes");
        minutes.setMin(5);
        minutes.setMax(720);
        mode.setId("live-mode");
        mode.setItems(LiveMode.values());
        mode.setItemLabelGenerator(m -> I18n.text("console.live.mode." + m.name()));
        mode.addValueChangeListener(e -> externalUrl.setVisible(e.getValue() == LiveMode.EXTERNAL));
        externalUrl.setId("live-external-url");
        externalUrl.setPlaceholder("https://www.youtube.com/watch?v=…");
        add(title, startsAt, minutes, mode, externalUrl, description);
        setColspan(description, 2);
        fill(null);
    }

    void fill(LiveEvent e) {
        title.setValue(e == null ? "" : e.title());
        description.setValue(e == null || e.description() == null ? "" : e.description());
        startsAt.setValue(e == null ? null : LocalDateTime.ofInstant(e.startsAt(), ClockFactory.VIETNAM));
        minutes.setValue(e == null ? 60 : e.expectedMinutes());
        mode.setValue(e == null ? LiveMode.PLATFORM : e.mode());
        externalUrl.setValue(e == null || e.externalUrl() == null ? "" : e.externalUrl());
        show(List.of());
    }

    LiveDraft draft(List<LiveDraft.Item> items) {
        return new LiveDraft(title.getValue(), description.getValue(), null,
                startsAt.getValue() == null ? null : startsAt.getValue().atZone(ClockFactory.VIETNAM).toInstant(),
                minutes.getValue() == null ? 0 : minutes.getValue(), mode.getValue(), externalUrl.getValue(), items);
    }

    /** Marks the fields refused, each with its message; clears the others. */
    void show(List<FieldError> errors) {
        Map<String, HasValidation> fields = Map.of("title", title, "description", description, "startsAt", startsAt,
                "expectedMinutes", minutes, "mode", mode, "externalUrl", externalUrl);
        fields.values().forEach(f -> f.setInvalid(false));
        for (FieldError e : errors) {
            HasValidation f = fields.get(e.field());
            if (f != null) {
                f.setErrorMessage(I18n.message(e));
                f.setInvalid(true);
            }
        }
    }
}
