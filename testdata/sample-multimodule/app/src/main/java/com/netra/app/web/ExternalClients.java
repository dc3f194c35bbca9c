package com.netra.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.shared.model.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Third-party libraries are not in the index (no classpath is given), so nothing about them is
 * reported; the run says in one IH902 notice how many references went unchecked.
 */
public class ExternalClients {

  private static final Logger LOG = LoggerFactory.getLogger(ExternalClients.class);

  private final ObjectMapper mapper = new ObjectMapper();

  public String toJson(User user) throws Exception {
    LOG.debug("serialising {}", user.id());
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(user);
  }
}
