package fr.tremplin.api;

import fr.tremplin.api.cli.TremplinCli;
import fr.tremplin.data.db.TemporaryDirectory;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.nio.file.Path;

@OpenAPIDefinition(
        info = @Info(title = "tremplin", version = "0.1",
                description = "Tremplin : rapprochement entre personnes accompagnées (RSA) et employeurs — Loire-Atlantique"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {
    public static void main(String[] args) {
        TemporaryDirectory.keepOutOf(Path.of(""));
        if (TremplinCli.isCommand(args)) {
            System.exit(TremplinCli.run(args));
        }
        Micronaut.run(Application.class, args);
    }
}
