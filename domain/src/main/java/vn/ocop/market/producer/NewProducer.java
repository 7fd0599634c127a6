package vn.ocop.market.producer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The command that registers a producer. */
@Serdeable
public record NewProducer(
        @NotBlank @Size(max = 200) String name,
        @NotNull ProducerType type,
        @NotBlank String province,
        @Nullable String commune,
        @Nullable @Size(max = 5000) String story,
        @Nullable @Size(max = 5000) String storyEn,
        @Nullable String bankName,
        @Nullable String bankBin,
        @Nullable String bankAccount,
        @Nullable @Size(max = 160) String email,
        @Nullable @Size(max = 50) String bankAccountName) {

    public NewProducer(String name, ProducerType type, String province, String commune, String story, String storyEn,
                       String bankName, String bankBin, String bankAccount) {
        this(name, type, province, commune, story, storyEn, bankName, bankBin, bankAccount, null, null);
    }

    public NewProducer(String name, ProducerType type, String province, String commune, String story, String storyEn,
                       String bankName, String bankBin, String bankAccount, String email) {
        this(name, type, province, commune, story, storyEn, bankName, bankBin, bankAccount, email, null);
    }
}
