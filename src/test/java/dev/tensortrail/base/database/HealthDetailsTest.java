package dev.tensortrail.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** /actuator/health: the status for everyone, the details (disk paths, sizes, errors) for admins only. */
@IntegrationTest
class HealthDetailsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    LearnerFixture learners;

    @Autowired
    UserDetailsService users;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_anonymous_visitor_sees_the_status_without_details() throws Exception {
        String body = health(anonymous());
        assertThat(body)
                .contains("\"status\":\"UP\"")
                .doesNotContain("\"details\"")
                .doesNotContain("free");
    }

    @Test
    void a_signed_in_learner_sees_the_status_without_details() throws Exception {
        String email = learners.newLearner("Health Learner");
        String body = health(user(users.loadUserByUsername(email)));
        assertThat(body)
                .contains("\"status\":\"UP\"")
                .doesNotContain("\"details\"")
                .doesNotContain("\"path\"");
    }

    @Test
    void an_admin_sees_the_details() throws Exception {
        String body = health(user(users.loadUserByUsername("admin@tensortrail.test")));
        assertThat(body).contains("\"details\"").contains("\"diskSpace\"").contains("\"database\":\"PostgreSQL\"");
    }

    private String health(RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/actuator/health").with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
