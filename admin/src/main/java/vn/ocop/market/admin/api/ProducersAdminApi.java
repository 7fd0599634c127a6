package vn.ocop.market.admin.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.producer.NewProducer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Producers for provincial systems; the province may be given by its current or former name. */
@Controller("/api/admin/producers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProducersAdminApi {

    /** The request body. */
    @Serdeable
    public record Request(@Nullable String name, @Nullable String type, @Nullable String province,
                          @Nullable String commune, @Nullable String story, @Nullable String email,
                          @Nullable String bankName, @Nullable String bankBin, @Nullable String bankAccount,
                          @Nullable String bankAccountName) {
    }

    /** The created producer. */
    @Serdeable
    public record View(long id, String slug, String name, String type, String province,
                       @Nullable String formerProvince, @Nullable String story, @Nullable String email,
                       @Nullable String bankName, @Nullable String bankBin, @Nullable String bankAccount,
                       @Nullable String bankAccountName) {
    }

    private final Producers producers;

    ProducersAdminApi(Producers producers) {
        this.producers = producers;
    }

    @Post
    @RequiresScope(ApiScope.CATALOG_WRITE)
    public HttpResponse<View> register(@Body Request body) {
        List<FieldError> errors = new ArrayList<>();
        ProducerType type = Enums.parse(ProducerType.class, body.type(), "type", errors);
        // The bank account is where shoppers' VietQR transfers go.
        NewProducer command = new NewProducer(body.name(), type, body.province(), body.commune(), body.story(), null,
                body.bankName(), body.bankBin(), body.bankAccount(), body.email(), body.bankAccountName());
        // Every problem at once, and nothing saved unless there is none.
        producers.problems(command).stream().filter(e -> type != null || !e.field().equals("type")).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Producer p = producers.register(command);
        return HttpResponse.created(new View(p.id(), p.slug(), p.name(), p.type().name(), p.province(),
                p.formerProvince(), p.story(), p.email(), p.bankName(), p.bankBin(), p.bankAccount(),
                p.bankAccountName()));
    }
}
