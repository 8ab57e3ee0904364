package org.customergroups.sandbox.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BasicCredentialsTest {

    @Test
    void parsesUserAndPasswordWithColons() {
        String header = "basic " + Base64.getEncoder().encodeToString("ada:pa:ss".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(new BasicCredentials("ada", "pa:ss")), BasicCredentials.parse(header));
    }

    @Test
    void rejectsMalformedHeaders() {
        assertTrue(BasicCredentials.parse("Basic !!!").isEmpty());
        assertTrue(BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes())).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
    }
}
