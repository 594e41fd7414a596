"""Common given names across the languages news covers, for spotting people without a model."""

GIVEN_NAMES = frozenset(
    """
    aaron abdul abdullah abraham adam adrian ahmad ahmed ahmet ai aisha alan albert alberto alejandro
    aleksandr aleksander aleksandra aleksei alexei alexey alex alexander alexandra alexandre ali alice
    alicia alina alison alla amanda amir amy ana anastasia anatoly andre andrea andreas andrei andrej
    andrew andrey andrii andriy andrzej angela angelina anna anne annalena anthony antonio antony anton
    antony arkady armen arseniy arsen artem arthur artur ashley bashar benjamin benny bernard bill boris
    brian bruce carl carla carlos caroline catherine charles charlotte chris christian christine
    christopher claudia colin daniel daniela danielle daria darya david denis dennis denys dmitri dmitry
    dmytro donald dorothy ed edward elena elizabeth emily emma emmanuel emine enrique eric erik ekrem
    elon eva evgeny fatima fatma fernando francis francois françois frank friedrich gabriel gary
    george georgy gerhard giorgia giuseppe gleb grace gregory hakan hamid hans hassan heather helen
    henry hillary howard hugo hulusi ibrahim igor ihor ilham ilya ivan ivana iryna irina isaac jack
    jacob jake james jamie jan jane janet jason javier jean jeff jeffrey jennifer jens jeremy jerome
    jessica jim jimmy joe joel johann john jonathan jordan jorge jose josé joseph josh joshua juan
    julia julian julie justin kamala karen karl kate katherine kathleen keir keith kelly kemal ken
    kenneth kevin kim kirill klaus kostiantyn konstantin kristalina kurt kyle larry laura lavrov
    lee leo leon leonid linda lisa lloyd louis lucas luis luiz lyudmila maksym maria marie marina mario
    mark marco marcus margaret maria mariya marta martin mary matthew maxim maksim mehmet melania
    mette michael michel michelle mikhail mike mohamed mohammad mohammed muhammad mustafa nancy naftali
    natalia natalya nathan nicholas nicola nicolas nikita nikolai nikolay nina norbert oksana olaf
    oleg oleh oleksandr oleksii oleksiy olena olga oliver olivia omar pablo pamela patricia patrick paul
    pavel pavlo pedro peter petro petr philip philippe pierre pyotr rachel rafael ramzan raymond recep
    rebecca richard rishi robert roberto roman ron ronald rosa ruslan rustem ryan sam samantha samuel
    sandra sara sarah scott sean sebastian serhiy sergei sergey sergiy sergio shinzo simon sophie
    stanislav stefan stephen steve steven susan svetlana tammy tanya taras tatiana tayyip ted teresa
    thomas tim timothy tom tony tulsi ursula valentina valery valeriy vadim vasily vasyl victor victoria
    viktor viktoria vince vincent vitali vitaly vitalii vladimir vladislav vladyslav volodymyr walter
    wang william xi yair yana yaroslav yevgeny yevhen yulia yuri yuriy yury zelensky zhang
    """.split()
) - {"zelensky", "lavrov"}
