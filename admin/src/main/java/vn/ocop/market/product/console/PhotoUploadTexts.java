package vn.ocop.market.product.console;

import com.vaadin.flow.component.upload.UploadI18N;
import vn.ocop.market.ui.I18n;

import java.util.List;

/** The upload widget's own texts (buttons, drop hint, errors, progress) in the session's language. */
final class PhotoUploadTexts {

    private PhotoUploadTexts() {
    }

    static UploadI18N of() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(I18n.text("console.listings.upload.dropOne"))
                        .setMany(I18n.text("console.listings.upload.dropMany")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(I18n.text("console.listings.upload.addOne"))
                        .setMany(I18n.text("console.listings.upload.addMany")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(I18n.text("console.listings.upload.tooManyFiles"))
                        .setFileIsTooBig(I18n.text("console.listings.upload.fileIsTooBig"))
                        .setIncorrectFileType(I18n.text("console.listings.upload.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(I18n.text("console.listings.upload.connecting"))
                                .setStalled(I18n.text("console.listings.upload.stalled"))
                                .setProcessing(I18n.text("console.listings.upload.processing"))
                                .setHeld(I18n.text("console.listings.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(I18n.text("console.listings.upload.remainingPrefix"))
                                .setUnknown(I18n.text("console.listings.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(I18n.text("console.listings.upload.serverUnavailable"))
                                .setUnexpectedServerError(I18n.text("console.listings.upload.unexpectedServerError"))
                                .setForbidden(I18n.text("console.listings.upload.forbidden"))
                                .setFileTooLarge(I18n.text("console.listings.upload.fileIsTooBig"))))
                .setFile(new UploadI18N.File()
                        .setRetry(I18n.text("console.listings.upload.retry"))
                        .setStart(I18n.text("console.listings.upload.start"))
                        .setRemove(I18n.text("console.listings.upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }
}
