package se.samverkan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SamverkanApplication.class);

    @Test
    void modulesOnlyUseTheirAllowedDependenciesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramsForTheDocs() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
