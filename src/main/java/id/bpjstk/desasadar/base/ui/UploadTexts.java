package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts in the user's language (it ships English only). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static void apply(Upload upload, long maxBytes) {
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add")).setMany(upload.getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop")).setMany(upload.getTranslation("upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(upload.getTranslation("upload.too-big", maxBytes / (1024 * 1024)))
                        .setIncorrectFileType(upload.getTranslation("upload.wrong-type")).setTooManyFiles(upload.getTranslation("upload.too-many"))));
    }
}
