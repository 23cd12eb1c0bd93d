package fr.tremplin.data.user;

import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.employer.EmployerRepository;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The checks of an {@link AccountCommand} before {@link AccountService} writes it: 422 naming every wrong field. */
final class AccountCommandCheck {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,80}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final EmploymentUnitRepository units;
    private final EmployerRepository employers;

    AccountCommandCheck(EmploymentUnitRepository units, EmployerRepository employers) {
        this.units = units;
        this.employers = employers;
    }

    /** The command's values, checked; 422 naming every wrong field. */
    Checked check(AccountCommand c, @Nullable AppUser current) {
        List<FieldError> errors = new ArrayList<>();
        String username = trim(c.username());
        String displayName = trim(c.displayName());
        String email = trim(c.email());
        String unit = trim(c.employmentUnit());
        String employerId = trim(c.employerId());
        if (username == null) {
            errors.add(new FieldError("username", "obligatoire"));
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "3 à 80 caractères parmi les lettres sans accent, les chiffres et . _ @ -"));
        }
        if (displayName == null) {
            errors.add(new FieldError("displayName", "obligatoire (le nom affiché)"));
        } else if (displayName.length() > 120) {
            errors.add(new FieldError("displayName", "120 caractères au plus"));
        }
        if (email == null) {
            errors.add(new FieldError("email", "obligatoire : l'invitation et les liens de mot de passe y sont envoyés"));
        } else if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "adresse électronique invalide : " + email));
        }
        Role role = null;
        if (trim(c.role()) == null) {
            errors.add(new FieldError("role", "obligatoire : ADVISER, UNIT_MANAGER, EMPLOYER ou ADMIN"));
        } else {
            role = Arrays.stream(Role.values()).filter(r -> r.name().equals(c.role().strip())).findFirst().orElse(null);
            if (role == null) {
                errors.add(new FieldError("role", "rôle inconnu « " + c.role() + " » : ADVISER, UNIT_MANAGER, EMPLOYER ou ADMIN"));
            }
        }
        if (role == Role.ADVISER || role == Role.UNIT_MANAGER) {
            if (unit == null) {
                errors.add(new FieldError("employmentUnit", "obligatoire pour un conseiller ou un responsable d'unité"));
            } else if (!units.existsById(unit)) {
                errors.add(new FieldError("employmentUnit", "unité emploi inconnue : " + unit));
            }
            if (employerId != null) {
                errors.add(new FieldError("employerId", "seul un compte employeur est rattaché à un employeur"));
            }
        }
        if (role == Role.EMPLOYER) {
            if (employerId == null) {
                errors.add(new FieldError("employerId", "obligatoire pour un compte employeur (l'entreprise ou le groupement)"));
            } else if (!employers.existsById(employerId)) {
                errors.add(new FieldError("employerId", "employeur inconnu : " + employerId));
            }
        }
        if ((role == Role.EMPLOYER || role == Role.ADMIN) && unit != null) {
            errors.add(new FieldError("employmentUnit", "seuls les conseillers et les responsables d'unité ont une unité"));
        }
        if (role == Role.ADMIN && employerId != null) {
            errors.add(new FieldError("employerId", "seul un compte employeur est rattaché à un employeur"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        return new Checked(username, displayName, email, role, unit, employerId);
    }

    record Checked(String username, String displayName, String email, Role role, @Nullable String unit,
                           @Nullable String employerId) {
    }

    @Nullable
    private static String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
