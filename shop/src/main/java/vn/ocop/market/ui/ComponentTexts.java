package vn.ocop.market.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/**
 * Vaadin's own words inside its components (the date picker's months and buttons, the upload
 * widget's prompts and errors), which are English unless given: here in the session's language.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** Month and weekday names, "today" and "cancel", day/month/year dates, Monday first. */
    public static DatePicker datePicker(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of(I18n.text("shop.datePicker.months").split(",")));
        i18n.setWeekdays(List.of(I18n.text("shop.datePicker.weekdays").split(",")));
        i18n.setWeekdaysShort(List.of(I18n.text("shop.datePicker.weekdaysShort").split(",")));
        i18n.setToday(I18n.text("shop.datePicker.today"));
        i18n.setCancel(I18n.text("shop.datePicker.cancel"));
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setBadInputErrorMessage(I18n.text("shop.datePicker.badInput"));
        picker.setI18n(i18n);
        return picker;
    }

    /** The upload widget's button, drop prompt, progress and errors. */
    public static Upload upload(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(I18n.text("shop.upload.addOne"))
                .setMany(I18n.text("shop.upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(I18n.text("shop.upload.dropOne"))
                .setMany(I18n.text("shop.upload.dropMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(I18n.text("shop.upload.tooMany"))
                .setFileIsTooBig(I18n.text("shop.upload.tooBig"))
                .setIncorrectFileType(I18n.text("shop.upload.wrongType")));
        i18n.setFile(new UploadI18N.File().setRetry(I18n.text("shop.upload.retry"))
                .setStart(I18n.text("shop.upload.start")).setRemove(I18n.text("shop.upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(I18n.text("shop.upload.connecting"))
                        .setStalled(I18n.text("shop.upload.stalled")).setProcessing(I18n.text("shop.upload.processing"))
                        .setHeld(I18n.text("shop.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(I18n.text("shop.upload.remaining")).setUnknown(I18n.text("shop.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(I18n.text("shop.upload.serverUnavailable"))
                        .setUnexpectedServerError(I18n.text("shop.upload.serverError"))
                        .setForbidden(I18n.text("shop.upload.forbidden"))
                        .setFileTooLarge(I18n.text("shop.upload.tooBig"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
        return upload;
    }
}
