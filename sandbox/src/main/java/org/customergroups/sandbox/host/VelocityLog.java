package org.customergroups.sandbox.host;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.log.LogChute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Velocity 1.7's log into SLF4J (otherwise it writes a velocity.log file in the working directory). */
public final class VelocityLog implements LogChute {

    private static final Logger LOG = LoggerFactory.getLogger("velocity");

    @Override
    public void init(RuntimeServices rs) {
        // nothing to set up
    }

    @Override
    public void log(int level, String message) {
        log(level, message, null);
    }

    @Override
    public void log(int level, String message, Throwable t) {
        switch (level) {
            case ERROR_ID -> LOG.error(message, t);
            case WARN_ID -> LOG.warn(message, t);
            case INFO_ID -> LOG.debug(message, t);
            default -> LOG.trace(message, t);
        }
    }

    @Override
    public boolean isLevelEnabled(int level) {
        return switch (level) {
            case ERROR_ID -> LOG.isErrorEnabled();
            case WARN_ID -> LOG.isWarnEnabled();
            case INFO_ID -> LOG.isDebugEnabled();
            default -> LOG.isTraceEnabled();
        };
    }
}
