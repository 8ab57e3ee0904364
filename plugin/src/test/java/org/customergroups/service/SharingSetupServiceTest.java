package org.customergroups.service;

import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.SharingSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.customergroups.service.Problems.assertProblem;
import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.SALES_LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SharingSetupServiceTest {

    private ServiceFixture f;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void thoseWhoSeeTheCatalogSeeTheProjectsSetup() {
        SharingSetup help = new SharingSetup("customfield_10100", "Customer Groups", "Helpdesk scheme", true, false);
        f.host.schemes.set(f.host.help.id(), help);

        assertEquals(help, f.sharingSetup.of(AGENT, "HELP"));
        assertEquals(help, f.sharingSetup.of(LEAD, "HELP"));
        assertEquals(help, f.sharingSetup.of(ADMIN, "HELP"));
        assertEquals(new SharingSetup(null, null, "Default Permission Scheme", false, false),
                f.sharingSetup.of(SALES_LEAD, "SALES"));
        for (String outsider : new String[] {SALES_LEAD, STAFF, ALICE}) {
            assertProblem(ProblemKind.FORBIDDEN, "cg.error.catalog.view.forbidden",
                    () -> f.sharingSetup.of(outsider, "HELP"));
        }
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.project.not.found", () -> f.sharingSetup.of(ADMIN, "NOPE"));
    }
}
