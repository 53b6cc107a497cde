import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '人员敏感信息 A person’s ID number and phone in clear, returned by an audited reveal.' })
export class RevealedPerson {
  @Field(() => String, { description: 'Person id.' }) id: string;
  @Field(() => String, { description: '公民身份号码 (citizen ID number in clear)' }) idNumber: string;
  @Field(() => String, { nullable: true, description: '联系电话 (phone in clear)' }) phone: string | null;
}
