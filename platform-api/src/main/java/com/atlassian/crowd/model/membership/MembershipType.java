package com.atlassian.crowd.model.membership;

/**
 * Declaration of Crowd's membership type (enum): whether a membership event concerns users ({@code GROUP_USER}) or
 * nested groups ({@code GROUP_GROUP}) of the group. Both constants confirmed by usage in Jira/Crowd code in public
 * repositories; the enum kind by the Crowd 4.3.0 javadoc ({@code MembershipType.valueOf}/{@code values}).
 * Unconfirmed for 10.3: other constants, if any, are not declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/4.3.0/com/atlassian/crowd/model/membership/class-use/MembershipType.html">Uses of MembershipType (Crowd 4.3.0)</a>
 */
public enum MembershipType {
    GROUP_USER,
    GROUP_GROUP
}
