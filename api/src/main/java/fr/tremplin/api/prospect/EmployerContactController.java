package fr.tremplin.api.prospect;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.contact.EmployerContact;
import fr.tremplin.data.contact.EmployerContactService;
import fr.tremplin.data.user.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * Contacts of employment units with companies (the hidden market). Staff only: employers never see them. A second
 * contact of the same unit with the same company within 7 days answers 409.
 */
@Controller("/api/v1/employers")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Employeurs")
public class EmployerContactController {
    private final EmployerContactService contacts;
    private final ContactChecks checks;

    public EmployerContactController(EmployerContactService contacts, ContactChecks checks) {
        this.contacts = contacts;
        this.checks = checks;
    }

    @Operation(summary = "Enregistrer un contact avec une entreprise (date, résultat, note ; journalisé)",
            description = "L'unité est celle du compte (un administrateur la précise). Un deuxième contact de la même"
                    + " unité avec la même entreprise à moins de 7 jours répond 409.")
    @Post("/{id}/contacts")
    public HttpResponse<ContactItem> record(@PathVariable String id, @Body ContactRequest request,
                                            Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        EmployerContact saved = contacts.record(checks.check(id, request, user), AccessPolicy.auditor(user));
        return HttpResponse.created(ContactItem.of(saved), URI.create("/api/v1/employers/" + id + "/contacts"));
    }

    @Operation(summary = "Contacts des unités avec une entreprise, les plus récents d'abord")
    @Get("/{id}/contacts")
    public List<ContactItem> list(@PathVariable String id) {
        return contacts.of(id).stream().map(ContactItem::of).toList();
    }
}
