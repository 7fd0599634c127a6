package vn.ocop.market.console;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import vn.ocop.market.ui.ComponentTexts;
import vn.ocop.market.ui.I18n;

/**
 * The photo upload's texts: the widget's own texts from {@link ComponentTexts}, with the prompts and
 * refusals worded for photos (what to pick, which types, how large).
 */
public final class PhotoUploadTexts {

    private PhotoUploadTexts() {
    }

    public static Upload apply(Upload upload) {
        UploadI18N texts = ComponentTexts.upload(upload).getI18n();
        texts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(I18n.text("console.listings.upload.dropOne"))
                .setMany(I18n.text("console.listings.upload.dropMany")));
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(I18n.text("console.listings.upload.addOne"))
                .setMany(I18n.text("console.listings.upload.addMany")));
        texts.getError()
                .setTooManyFiles(I18n.text("console.listings.upload.tooManyFiles"))
                .setFileIsTooBig(I18n.text("console.listings.upload.fileIsTooBig"))
                .setIncorrectFileType(I18n.text("console.listings.upload.incorrectFileType"));
        texts.getUploading().getError().setFileTooLarge(I18n.text("console.listings.upload.fileIsTooBig"));
        upload.setI18n(texts);
        return upload;
    }
}
