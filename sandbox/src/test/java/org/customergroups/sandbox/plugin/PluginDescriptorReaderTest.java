package org.customergroups.sandbox.plugin;

import org.customergroups.sandbox.plugin.PluginDescriptor.CustomFieldTypeModule;
import org.customergroups.sandbox.plugin.PluginDescriptor.WebPanelModule;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The descriptor modules the sandbox acts on for the issue view: custom field types and web panels. */
class PluginDescriptorReaderTest {

    private static PluginDescriptor read(String modules) throws Exception {
        String xml = "<atlassian-plugin key=\"k\"><plugin-info><version>1</version></plugin-info>" + modules
                + "</atlassian-plugin>";
        return PluginDescriptorReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void customFieldTypesWithTheirVelocityTemplates() throws Exception {
        PluginDescriptor d = read("<customfield-type key=\"groups\" name=\"Groups\" class=\"a.B\">"
                + "<resource type=\"velocity\" name=\"view\" location=\"t/view.vm\"/>"
                + "<resource type=\"velocity\" name=\"column-view\" location=\"t/column.vm\"/>"
                + "<resource type=\"download\" name=\"edit\" location=\"t/edit.vm\"/>"
                + "</customfield-type>");
        CustomFieldTypeModule type = d.customFieldTypes().get(0);
        assertEquals("groups", type.key());
        assertEquals("Groups", type.name());
        assertEquals("a.B", type.className());
        assertEquals(Optional.of("t/view.vm"), type.velocity("view"));
        assertEquals(Optional.of("t/column.vm"), type.velocity("column-view"));
        assertEquals(Optional.empty(), type.velocity("edit"));
    }

    @Test
    void webPanelsOfALocationInWeightOrder() throws Exception {
        PluginDescriptor d = read(
                "<web-panel key=\"late\" location=\"right\"><resource type=\"velocity\" name=\"view\" location=\"l.vm\"/></web-panel>"
                + "<web-panel key=\"early\" location=\"right\" weight=\"10\"><label key=\"panel.label\"/>"
                + "<context-provider class=\"a.Provider\"/><param name=\"mode\" value=\"compact\"/>"
                + "<resource type=\"velocity\" name=\"view\" location=\"e.vm\"/></web-panel>"
                + "<web-panel key=\"elsewhere\" location=\"left\" weight=\"1\"/>");
        List<WebPanelModule> right = d.webPanels("right");
        assertEquals(List.of("early", "late"), right.stream().map(WebPanelModule::key).toList());
        WebPanelModule early = right.get(0);
        assertEquals("panel.label", early.labelKey());
        assertEquals("a.Provider", early.contextProviderClass());
        assertEquals(Map.of("mode", "compact"), early.params());
        assertEquals(Optional.of("e.vm"), early.viewTemplate());
        WebPanelModule late = right.get(1);
        assertEquals(1000, late.weight());
        assertNull(late.labelKey());
        assertNull(late.contextProviderClass());
        assertEquals(List.of("elsewhere"), d.webPanels("left").stream().map(WebPanelModule::key).toList());
    }

    @Test
    void aWebPanelConditionIsRefusedRatherThanIgnored() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(
                "<web-panel key=\"p\" location=\"right\"><condition class=\"a.C\"/></web-panel>"));
        assertTrue(e.getMessage().contains("p") && e.getMessage().contains("condition"), e.getMessage());
    }

    @Test
    void thePluginDeclaresTheCustomerGroupsFieldAndIssuePanel() {
        PluginDescriptor d = PluginDescriptorReader.fromClasspath(getClass().getClassLoader());
        assertEquals(List.of("customer-groups", "customer-admins"), d.customFieldTypes().stream().map(CustomFieldTypeModule::key).toList());
        assertTrue(d.customFieldTypes().get(0).velocity("view").isPresent());
        assertTrue(d.webPanels("atl.jira.view.issue.right.context").stream()
                .anyMatch(p -> p.contextProviderClass() != null && p.viewTemplate().isPresent()));
    }
}
