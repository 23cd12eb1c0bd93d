package fr.tremplin.api.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The one list of commands drives the dispatch and the help. */
class CliCommandTest {

    @Test
    void everyListedCommandIsRecognisedAndNamedOnce() {
        assertThat(Arrays.stream(CliCommand.values()).map(CliCommand::commandName))
                .doesNotHaveDuplicates()
                .contains("rebuild-index", "verify-index", "backup", "restore", "import", "create-admin", "evaluate")
                .doesNotContain("bench");
        for (CliCommand command : CliCommand.values()) {
            assertThat(TremplinCli.isCommand(new String[] {command.commandName()})).as(command.commandName()).isTrue();
            assertThat(CliCommand.named(command.commandName())).contains(command);
        }
        assertThat(TremplinCli.isCommand(new String[] {"bench"})).as("the bench has its own jar").isFalse();
        assertThat(TremplinCli.isCommand(new String[] {"--port=8081"})).isFalse();
        assertThat(TremplinCli.isCommand(new String[] {"help"})).isTrue();
    }

    @Test
    void theHelpListsEveryCommandOfTheList() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = TremplinCli.run(new String[] {"--help"});
        } finally {
            System.setOut(out);
        }
        String help = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        for (CliCommand command : CliCommand.values()) {
            assertThat(help).contains(command.commandName());
        }
        assertThat(help).as("picocli's own words in French").contains("Utilisation", "Commandes", "Affiche cette aide")
                .doesNotContain("Usage:", "Commands:", "Show this help", "Print version");
    }

    @Test
    void aSubcommandsHelpSpeaksFrenchToo() {
        String usage = TremplinCommand.commandLine(picocli.CommandLine.defaultFactory())
                .getSubcommands().get("verify-index").getUsageMessage();
        assertThat(usage).contains("Utilisation", "Affiche cette aide").doesNotContain("Usage:", "Show this help");
    }
}
